import type { Metadata } from "next";
import { StatTiles } from "@/components/ui/StatTiles";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/navigation/Link";
import { notFound } from "next/navigation";
import { ItemAnalysisTable } from "@/components/gradebook/ItemAnalysisTable";
import { StudentsTable } from "@/components/gradebook/StudentsTable";
import { dateTimeFormat } from "@/components/gradebook/format";
import { link, primaryButton } from "@/components/ui/styles";
import { getGradebook, orNotFound } from "@/lib/data/gradebook";
import { LocaleSchema } from "@/lib/i18n/locales";
import { formatDuration } from "@/lib/quiz/duration";
import { uiLocale } from "@/lib/session/ui-locale";

// Personal by nature: rendered for each request, never prerendered or cached (see README, "Addresses and caching").
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ classId: string; assignmentId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { classId, assignmentId } = await params;
  const gradebook = await getGradebook(classId, assignmentId).catch(() => undefined);
  if (!gradebook) return {};
  const t = await getTranslations("gradebook");
  return { title: t("title", { title: gradebook.assignment.title[await uiLocale()] }) };
}

export default async function GradebookPage({ params }: Props) {
  const { classId, assignmentId } = await params;
  const gradebook = await orNotFound(getGradebook(classId, assignmentId), notFound);
  const [t, lang, date] = await Promise.all([
    getTranslations("gradebook"),
    getLocale().then((l) => LocaleSchema.parse(l)),
    dateTimeFormat(),
  ]);
  const { assignment, averages } = gradebook;
  const basePath = `/classes/${encodeURIComponent(classId)}/assignments/${encodeURIComponent(assignmentId)}`;
  const none = t("summary.none");
  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <Link href={`/classes/${encodeURIComponent(classId)}`} className={`text-sm ${link}`}>
          {t("back")}
        </Link>
        <h1 className="text-3xl font-bold">{t("title", { title: assignment.title[lang] })}</h1>
        <p className="text-stone-700 dark:text-stone-300">
          {assignment.className} · {t("due", { date: date.format(assignment.dueAt) })}
        </p>
        <StatTiles
          className="grid-cols-1 sm:grid-cols-2 lg:grid-cols-4"
          items={[
            [
              t("summary.submitted"),
              t("summary.submittedValue", { submitted: averages.submitted, members: averages.members }),
            ],
            [
              t("summary.averageScore"),
              averages.scorePercent === null ? none : `${Math.round(averages.scorePercent * 10) / 10}%`,
            ],
            [t("summary.averageTime"), averages.timeTakenMs === null ? none : formatDuration(averages.timeTakenMs)],
            [t("summary.awaiting"), t("summary.awaitingValue", { count: averages.awaitingGrade })],
          ]}
        />
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <Link href={`${basePath}/grading`} className={averages.awaitingGrade > 0 ? primaryButton : link}>
            {t("queue.open", { count: averages.awaitingGrade })}
          </Link>
          <a href={`/${lang}${basePath}/gradebook.csv`} download className={link}>
            {t("exportCsv")}
          </a>
        </div>
      </header>
      <section aria-labelledby="students-heading" className="space-y-3">
        <h2 id="students-heading" className="text-xl font-semibold">
          {t("students.heading")}
        </h2>
        <StudentsTable gradebook={gradebook} basePath={basePath} />
      </section>
      <section aria-labelledby="items-heading" className="space-y-3">
        <h2 id="items-heading" className="text-xl font-semibold">
          {t("items.heading")}
        </h2>
        <ItemAnalysisTable gradebook={gradebook} />
      </section>
    </div>
  );
}
