import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/navigation/Link";
import { notFound } from "next/navigation";
import { ContentStyles } from "@/components/ContentStyles";
import { AttemptList } from "@/components/gradebook/AttemptList";
import { StudentAnswerCard } from "@/components/gradebook/StudentAnswerCard";
import { link } from "@/components/ui/styles";
import { combinedFeatures } from "@/lib/content/features";
import { getStudentAnswers, orNotFound } from "@/lib/data/gradebook";
import { LocaleSchema } from "@/lib/i18n/locales";
import { formatDuration } from "@/lib/quiz/duration";
import { uiLocale } from "@/lib/session/ui-locale";

// Personal by nature: rendered for each request, never prerendered or cached (see README, "Addresses and caching").
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ classId: string; assignmentId: string; userId: string }>;
  searchParams: Promise<{ attempt?: string | string[] }>;
};

async function load({ params, searchParams }: Props) {
  const [{ classId, assignmentId, userId }, { attempt }] = await Promise.all([params, searchParams]);
  return {
    classId,
    assignmentId,
    userId,
    data: getStudentAnswers(classId, assignmentId, userId, typeof attempt === "string" ? attempt : undefined),
  };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const data = await (await load(props)).data.catch(() => undefined);
  if (!data) return {};
  const t = await getTranslations("gradebook.student");
  return { title: t("title", { name: data.student.name, assignment: data.assignment.title[await uiLocale()] }) };
}

export default async function StudentAnswersPage(props: Props) {
  const loaded = await load(props);
  const data = await orNotFound(loaded.data, notFound);
  const [t, lang] = await Promise.all([
    getTranslations("gradebook.student"),
    getLocale().then((l) => LocaleSchema.parse(l)),
  ]);
  const gradebookPath = `/classes/${encodeURIComponent(loaded.classId)}/assignments/${encodeURIComponent(loaded.assignmentId)}`;
  const basePath = `${gradebookPath}/students/${encodeURIComponent(loaded.userId)}`;
  const shown = data.shown;
  const n = shown ? data.attempts.findIndex((a) => a.id === shown.attemptId) + 1 : 0;
  const features = combinedFeatures(shown?.answers.flatMap((a) => (a.question ? [a.question.features] : [])) ?? []);
  return (
    <div className="max-w-3xl space-y-8">
      <ContentStyles features={features} />
      <header className="space-y-3">
        <Link href={gradebookPath} className={`text-sm ${link}`}>
          {t("back")}
        </Link>
        <h1 className="text-3xl font-bold">
          {t("title", { name: data.student.name, assignment: data.assignment.title[lang] })}
        </h1>
        <p className="break-all text-stone-700 dark:text-stone-300">{data.student.email}</p>
      </header>
      <section aria-labelledby="attempts-heading" className="space-y-3">
        <h2 id="attempts-heading" className="text-xl font-semibold">
          {t("attempts")}
        </h2>
        <AttemptList data={data} basePath={basePath} />
      </section>
      {shown && (
        <section aria-labelledby="answers-heading" className="space-y-4">
          <h2 id="answers-heading" className="text-xl font-semibold">
            {t("showing", { n, score: shown.scorePercent, time: formatDuration(shown.timeTakenMs) })}
          </h2>
          <ol className="space-y-6">
            {shown.answers.map((answer, i) => (
              <StudentAnswerCard key={answer.questionId} answer={answer} n={i + 1} attemptId={shown.attemptId} />
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
