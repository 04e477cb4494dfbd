import { getTranslations } from "next-intl/server";
import { Link } from "@/components/navigation/Link";
import { link } from "@/components/ui/styles";
import { MISTAKES_WINDOW_DAYS } from "@/lib/review/mistakes";

/** How many cards "my mistakes" holds, and the way to go over them: beside the weakest questions. */
export async function MistakesDeck({ count }: { count: number }) {
  const t = await getTranslations("mistakes");
  return (
    <section
      aria-labelledby="mistakes-heading"
      className="space-y-2 rounded-xl border border-stone-200 p-4 dark:border-stone-800"
    >
      <h2 id="mistakes-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm" data-testid="mistakes-count">
        {t("dashboardCount", { count, days: MISTAKES_WINDOW_DAYS })}
      </p>
      <p className="text-sm text-stone-700 dark:text-stone-300">{t("what", { days: MISTAKES_WINDOW_DAYS })}</p>
      {count > 0 && (
        <Link href="/review?deck=mistakes" className={link}>
          {t("link", { count })}
        </Link>
      )}
    </section>
  );
}
