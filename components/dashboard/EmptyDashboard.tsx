import { getTranslations } from "next-intl/server";
import { Link } from "@/components/navigation/Link";

const button =
  "rounded-md bg-amber-500 px-4 py-2 font-medium text-stone-950 hover:bg-amber-400 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600";

/** What a visitor who has not studied yet sees in place of the charts. */
export async function EmptyDashboard() {
  const t = await getTranslations("dashboard.empty");
  return (
    <section
      aria-labelledby="empty-heading"
      className="space-y-3 rounded-xl border border-stone-200 p-5 dark:border-stone-800"
    >
      <h2 id="empty-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p>{t("body")}</p>
      <div className="flex flex-wrap gap-3">
        <Link href="/review" className={button}>
          {t("review")}
        </Link>
        <Link href="/quizzes" className={button}>
          {t("quizzes")}
        </Link>
      </div>
    </section>
  );
}
