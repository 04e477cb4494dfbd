import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { link } from "@/components/ui/styles";
import { upcomingAssignments } from "@/lib/data/classes";
import { viewerDateTime } from "@/lib/session/viewer-dates";
import { LocaleSchema } from "@/lib/i18n/locales";

/** The home page's "Assigned to me": the next five to do, by due date; nothing at all for anyone without one. */
export async function UpcomingAssignments() {
  const upcoming = await upcomingAssignments(5);
  if (upcoming.length === 0) return null;
  const [t, when, lang] = await Promise.all([
    getTranslations("classes.mine"),
    viewerDateTime(),
    getLocale().then((l) => LocaleSchema.parse(l)),
  ]);
  return (
    <section
      aria-labelledby="assigned-heading"
      className="space-y-3 rounded-xl border border-stone-200 p-5 dark:border-stone-800"
    >
      <h2 id="assigned-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <ul className="space-y-1">
        {upcoming.map((a) => (
          <li key={a.id} className="flex flex-wrap gap-x-3">
            <span className="font-medium">{a.title[lang]}</span>
            <span className="text-stone-700 dark:text-stone-300">{a.className}</span>
            <span className="text-stone-700 dark:text-stone-300">{t("dueOn", { date: when(a.dueAt) })}</span>
          </li>
        ))}
      </ul>
      <Link href="/assignments" className={link}>
        {t("seeAll")}
      </Link>
    </section>
  );
}
