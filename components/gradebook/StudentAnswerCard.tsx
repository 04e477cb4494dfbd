import { getTranslations } from "next-intl/server";
import { IntlScope } from "@/components/IntlScope";
import { RenderedHtml } from "@/components/RenderedHtml";
import { AnswerKey, VerdictLine } from "@/components/quiz/QuizFeedback";
import { ResponseView } from "@/components/quiz/ResponseView";
import type { StudentAnswer } from "@/lib/gradebook/load-student-answers";
import { SelfGradeSchema } from "@/lib/quiz/response";
import { GraderSuggestion } from "./GraderSuggestion";
import { OverrideGradeForm } from "./OverrideGradeForm.client";

const sub = "text-sm font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400";

/** One answer of a student's attempt: what they wrote, how it scored, the right answer, and (open/code) the grading form. */
export async function StudentAnswerCard({
  answer,
  n,
  attemptId,
}: {
  answer: StudentAnswer;
  n: number;
  attemptId: string;
}) {
  const t = await getTranslations("gradebook.student");
  const q = answer.question;
  if (!q)
    return (
      <li className="rounded-xl border border-stone-200 p-4 dark:border-stone-800">
        {t("removedQuestion", { n, id: answer.questionId })}
      </li>
    );
  const selfGrade = SelfGradeSchema.safeParse(answer.selfGrade);
  return (
    <li
      lang={q.lang === "zh" ? "zh-CN" : "en"}
      className="space-y-4 rounded-xl border border-stone-200 p-4 dark:border-stone-800"
    >
      <h3 className="text-lg font-semibold">{t("question", { n, title: q.title })}</h3>
      <RenderedHtml html={q.promptHtml} />
      <div className="space-y-1">
        <h4 className={sub}>{t("answer")}</h4>
        <ResponseView question={q} response={answer.response} feedback={answer.feedback} />
      </div>
      {answer.feedback && answer.response && <VerdictLine feedback={answer.feedback} awaitingLabel={t("awaiting")} />}
      <p className="text-sm">
        {answer.score === null ? t("awaiting") : t("score", { score: Math.round(answer.score * 100) })}
      </p>
      {selfGrade.success && <p className="text-sm">{t("selfGrade", { grade: t(`selfGrades.${selfGrade.data}`) })}</p>}
      {answer.override && (
        <p className="text-sm font-semibold">{t("overridden", { score: Math.round(answer.override.score * 100) })}</p>
      )}
      {answer.feedback && <AnswerKey question={q} feedback={answer.feedback} level={4} />}
      {answer.suggestion && <GraderSuggestion suggestion={answer.suggestion} id={`suggestion-${answer.questionId}`} />}
      {answer.gradable && (
        <IntlScope namespaces={["gradebook", "grader"]}>
          <OverrideGradeForm
            attemptId={attemptId}
            questionId={answer.questionId}
            current={answer.override}
            suggested={answer.suggestion?.score}
          />
        </IntlScope>
      )}
    </li>
  );
}
