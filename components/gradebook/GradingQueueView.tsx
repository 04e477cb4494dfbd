import { getTranslations } from "next-intl/server";
import { IntlScope } from "@/components/IntlScope";
import { Link } from "@/components/navigation/Link";
import { RenderedHtml } from "@/components/RenderedHtml";
import { AnswerKey } from "@/components/quiz/QuizFeedback";
import { ResponseView } from "@/components/quiz/ResponseView";
import { link } from "@/components/ui/styles";
import type { Lang } from "@/lib/content/schemas/common";
import type { GradingQueue } from "@/lib/gradebook/grading-queue";
import { SelfGradeSchema } from "@/lib/quiz/response";
import { GradeBlankAnswersButton } from "./GradeBlankAnswersButton.client";
import { QueueGradeForm } from "./QueueGradeForm.client";

const sub = "text-sm font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400";
const panel = "min-w-0 space-y-3 rounded-xl border border-stone-200 p-4 dark:border-stone-800";

type Props = {
  queue: GradingQueue;
  classId: string;
  assignmentId?: string;
  /** The queue's own address (without language): `?at=` picks the answer shown. */
  path: string;
  lang: Lang;
  /** The previous request saved a grade: focus goes to the next answer's score. */
  justSaved: boolean;
};

/**
 * The "Needs grading" queue: one answer at a time, the student's answer beside the model answer and its key
 * points, the grade form under them; the whole list below it, each a link. Skipping moves on without grading.
 */
export async function GradingQueueView({ queue, classId, assignmentId, path, lang, justSaved }: Props) {
  const [t, tg] = await Promise.all([getTranslations("gradebook.queue"), getTranslations("gradebook.student")]);
  const { current, entries } = queue;
  const blank = entries.filter((e) => e.blank).length;
  const at = (position: number) => `${path}?at=${position}`;
  return (
    <div className="space-y-6">
      <p>{t("intro")}</p>
      <p role="status" className="font-medium">
        {justSaved && <>{t("saved")} </>}
        {t("count", { count: entries.length })}
      </p>
      {entries.length === 0 && <p>{t("empty")}</p>}
      {blank > 0 && (
        <IntlScope namespaces={["gradebook"]}>
          <GradeBlankAnswersButton classId={classId} assignmentId={assignmentId} count={blank} />
        </IntlScope>
      )}
      {current && (
        <section aria-labelledby="current-heading" className="space-y-4">
          <div className="flex flex-wrap items-baseline justify-between gap-3">
            <h2 id="current-heading" className="text-xl font-semibold">
              {t("position", { n: current.position + 1, total: entries.length })}
              {": "}
              {t("who", { student: current.studentName, assignment: current.assignmentTitle[lang] })}
            </h2>
            {entries.length > 1 && (
              <Link href={at((current.position + 1) % entries.length)} className={link}>
                {t("skip")}
              </Link>
            )}
          </div>
          <div lang={current.question.lang === "zh" ? "zh-CN" : "en"} className="space-y-2">
            <h3 className="text-lg font-semibold">{current.question.title}</h3>
            <RenderedHtml html={current.question.promptHtml} />
          </div>
          <div className="grid gap-4 lg:grid-cols-2">
            <section aria-labelledby="student-answer-heading" className={panel}>
              <h3 id="student-answer-heading" className={sub}>
                {t("studentAnswer")}
              </h3>
              {current.blank ? (
                <p className="italic">{t("blankAnswer")}</p>
              ) : (
                <ResponseView question={current.question} response={current.response} />
              )}
              {SelfGradeSchema.safeParse(current.selfGrade).success && (
                <p className="text-sm">
                  {t("selfGradeNote", { grade: tg(`selfGrades.${SelfGradeSchema.parse(current.selfGrade)}`) })}
                </p>
              )}
            </section>
            <section aria-labelledby="model-answer-heading" className={panel}>
              <h3 id="model-answer-heading" className={sub}>
                {t("modelAnswer")}
              </h3>
              <AnswerKey question={current.question} feedback={current.answerKey} level={4} />
              {current.answerKey.keyPoints && current.answerKey.keyPoints.length > 0 && (
                <section className="space-y-1">
                  <h4 className={sub}>{t("keyPoints")}</h4>
                  <ul className="list-disc space-y-1 pl-5">
                    {current.answerKey.keyPoints.map((point, i) => (
                      <li key={i}>
                        {point.must && <strong>{t("must")} </strong>}
                        <RenderedHtml html={point.html} className="inline prose-p:my-0 prose-p:inline" />
                      </li>
                    ))}
                  </ul>
                </section>
              )}
            </section>
          </div>
          <IntlScope namespaces={["gradebook"]}>
            <QueueGradeForm
              key={`${current.attemptId}:${current.questionId}`}
              attemptId={current.attemptId}
              questionId={current.questionId}
              nextHref={at(current.position)}
              focusScore={justSaved}
            />
          </IntlScope>
        </section>
      )}
      {entries.length > 0 && (
        <section aria-labelledby="queue-list-heading" className="space-y-2">
          <h2 id="queue-list-heading" className="text-xl font-semibold">
            {t("listHeading")}
          </h2>
          <ol className="list-decimal space-y-1 pl-6">
            {entries.map((e, i) => {
              const label = t("listItem", {
                student: assignmentId ? e.studentName : `${e.studentName} · ${e.assignmentTitle[lang]}`,
                question: e.questionTitle,
              });
              return (
                <li key={`${e.attemptId}:${e.questionId}`}>
                  {i === current?.position ? (
                    <strong aria-current="true">{label}</strong>
                  ) : (
                    <Link href={at(i)} className={link}>
                      {label}
                    </Link>
                  )}
                  {e.blank && <> {t("blankTag")}</>}
                </li>
              );
            })}
          </ol>
        </section>
      )}
    </div>
  );
}
