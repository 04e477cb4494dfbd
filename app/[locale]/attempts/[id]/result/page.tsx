import type { Metadata } from "next";
import { StatTiles } from "@/components/ui/StatTiles";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/navigation/Link";
import { notFound } from "next/navigation";
import { redirectHere } from "@/lib/session/redirect-here";
import { ContentStyles } from "@/components/ContentStyles";
import { combinedFeatures } from "@/lib/content/features";
import { RenderedHtml } from "@/components/RenderedHtml";
import { AddMissedButton } from "@/components/quiz/AddMissedButton.client";
import { IntlScope } from "@/components/IntlScope";
import { InstructorGrade } from "@/components/gradebook/InstructorGrade";
import { AnswerKey, VerdictLine } from "@/components/quiz/QuizFeedback";
import { ResponseView } from "@/components/quiz/ResponseView";
import { ResultSelfGrade } from "@/components/quiz/ResultSelfGrade.client";
import { typedText } from "@/lib/quiz/typed-text";
import { link } from "@/components/ui/styles";
import { getMyAttempt, questionStates } from "@/lib/data/quiz";
import { formatDuration } from "@/lib/quiz/duration";
import { graderOf } from "@/lib/quiz/overrides";
import { SubmissionNote } from "@/components/classes/SubmissionNote";
import { resultsWithheld } from "@/lib/attempts/results-withheld";
import { viewerDateTime } from "@/lib/session/viewer-dates";
import { uiLocale } from "@/lib/session/ui-locale";
import { MistakesFilter } from "@/components/quiz/MistakesFilter.client";
import { handedInAtTimeOut } from "@/lib/quiz/timer";

// Personal by nature: rendered for each request, never prerendered or cached (see README, "Addresses and caching").
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await uiLocale();
  const t = await getTranslations("quiz.result");
  const loaded = await getMyAttempt((await params).id);
  return loaded ? { title: `${t("title")}: ${loaded.attempt.title[lang]}` } : {};
}

const sub = "text-sm font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400";
// A question answered right is hidden while the "Mistakes only" toggle (MistakesFilter) is on.
const hiddenWhenMistakesOnly = "group-data-[mistakes-only=true]/results:hidden";

export default async function ResultPage({ params }: Props) {
  const { id } = await params;
  const loaded = await getMyAttempt(id);
  if (!loaded) notFound();
  if (!loaded.attempt.finishedAt) await redirectHere(`/attempts/${id}`);
  const lang = await uiLocale();
  const t = await getTranslations("quiz");
  const { attempt, summary } = loaded;
  const assignment = attempt.assignment;
  const submission = assignment && (
    <SubmissionNote
      finishedAt={attempt.finishedAt!}
      dueAt={assignment.dueAt}
      withheld={resultsWithheld(attempt, new Date())}
      when={await viewerDateTime()}
    />
  );
  // An "after-due" assignment confirms the hand-in now and shows score, answers and explanations after the due date.
  if (resultsWithheld(attempt, new Date())) {
    const tc = await getTranslations("classes.result");
    return (
      <div className="mx-auto max-w-3xl space-y-6">
        <Link href="/assignments" className={`text-sm ${link}`}>
          {tc("backToAssignments")}
        </Link>
        <h1 className="text-3xl font-bold">
          {t("result.title")}: {attempt.title[lang]}
        </h1>
        {submission}
      </div>
    );
  }
  const states = questionStates(loaded, lang);
  const features = combinedFeatures(states.map((s) => s.question.features));
  // In an assignment the instructor grades open and code answers: until then the verdict is not final.
  const byInstructor = graderOf(attempt) === "instructor";
  const pending = byInstructor && summary.awaitingGrade > 0;
  const verdict = pending
    ? t("result.pending")
    : summary.passed === null
      ? t("result.noPassMark")
      : summary.passed
        ? t("result.passed")
        : t("result.failed");
  const handGraded = states.some((s) => s.question.type === "open" || s.question.type === "code");
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <ContentStyles features={features} />
      <header className="space-y-4">
        {assignment ? (
          <Link href="/assignments" className={`text-sm ${link}`}>
            {(await getTranslations("classes.result"))("backToAssignments")}
          </Link>
        ) : (
          <Link href="/quizzes" className={`text-sm ${link}`}>
            {t("result.back")}
          </Link>
        )}
        <h1 className="text-3xl font-bold">
          {t("result.title")}: {attempt.title[lang]}
        </h1>
        <StatTiles
          className="grid-cols-2 sm:grid-cols-3"
          items={[
            [t("result.score"), `${summary.scorePercent}%`],
            [t("result.time"), formatDuration(summary.timeUsedMs)],
            [t("result.verdict"), verdict],
          ]}
        />
        {submission}
        {handedInAtTimeOut(attempt) && (
          <p className="rounded border border-amber-500 p-3 font-medium">{t("result.timedOut")}</p>
        )}
        <p>{t("result.answered", { answered: summary.answered, total: summary.total })}</p>
        {summary.awaitingGrade > 0 && (
          <p className="rounded bg-amber-50 p-3 dark:bg-amber-950">
            {t(byInstructor ? "result.awaitingInstructor" : "result.awaiting", { count: summary.awaitingGrade })}
          </p>
        )}
        {byInstructor && handGraded && <p className="text-sm">{t("result.gradingRule")}</p>}
        <IntlScope namespaces={["quiz"]}>
          <AddMissedButton attemptId={attempt.id} />
        </IntlScope>
      </header>

      <section aria-labelledby="questions-heading" className="space-y-6">
        <h2 id="questions-heading" className="text-xl font-semibold">
          {t("result.questions")}
        </h2>
        <IntlScope namespaces={["quiz"]}>
          <MistakesFilter total={states.length} mistakes={summary.missed.length}>
            <ol className="space-y-6">
              {states.map((state, i) => {
                const q = state.question;
                const row = summary.rows.find((r) => r.questionId === q.id);
                const mistake = summary.missed.includes(q.id);
                return (
                  <li
                    key={q.id}
                    lang={q.lang === "zh" ? "zh-CN" : "en"}
                    data-mistake={mistake}
                    className={`space-y-4 rounded-xl border border-stone-200 p-4 dark:border-stone-800 ${mistake ? "" : hiddenWhenMistakesOnly}`}
                  >
                    <h3 className="text-lg font-semibold">
                      {t("result.question", { n: i + 1 })}: {q.title}
                    </h3>
                    <RenderedHtml html={q.promptHtml} />
                    <div className="space-y-1">
                      <h4 className={sub}>{t("result.yourAnswer")}</h4>
                      <ResponseView question={q} response={state.response} feedback={state.feedback} />
                    </div>
                    {state.feedback && (
                      <>
                        <VerdictLine
                          feedback={state.feedback}
                          awaitingLabel={t(byInstructor ? "result.awaitingInstructorGrade" : "result.awaitingGrade")}
                        />
                        {row?.score !== null && row?.answer && (
                          <p className="text-sm">
                            {t("result.scoreLine", { score: Math.round((row.score ?? 0) * 100) })}
                          </p>
                        )}
                        <AnswerKey question={q} feedback={state.feedback} level={4} />
                      </>
                    )}
                    {row?.answer?.override && <InstructorGrade override={row.answer.override} />}
                    {(q.type === "open" || q.type === "code") && state.response && !row?.answer?.override && (
                      <IntlScope namespaces={["quiz", "coach", "grader"]}>
                        {byInstructor && <p className="text-sm">{t("result.selfGradeNote")}</p>}
                        <ResultSelfGrade
                          attemptId={attempt.id}
                          questionId={q.id}
                          current={state.selfGrade}
                          keyPoints={state.feedback?.keyPoints}
                          answer={typedText(state.response)}
                          lang={q.lang}
                        />
                      </IntlScope>
                    )}
                  </li>
                );
              })}
            </ol>
          </MistakesFilter>
        </IntlScope>
      </section>
    </div>
  );
}
