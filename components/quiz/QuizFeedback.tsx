import { useTranslations } from "next-intl";
import { RenderedHtml } from "@/components/RenderedHtml";
import { OPTION_TEXT, OptionLetter, VerdictWord } from "@/components/ui/OptionParts";
import type { ClientQuestion } from "@/lib/quiz/client-question";
import type { Feedback } from "@/lib/quiz/feedback";

const heading = "text-sm font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400";

/** The verdict line: correct, partly, incorrect, or waiting for the learner's own grade. */
export function VerdictLine({ feedback, awaitingLabel }: { feedback: Feedback; awaitingLabel?: string }) {
  const t = useTranslations("quiz.runner");
  const { verdict } = feedback;
  if (verdict.score === null) return awaitingLabel ? <p className="font-semibold">{awaitingLabel}</p> : null;
  const [text, style] = verdict.correct
    ? [t("correct"), "text-emerald-700 dark:text-emerald-400"]
    : verdict.score > 0
      ? [t("partlyCorrect"), "text-amber-800 dark:text-amber-300"]
      : [t("incorrect"), "text-rose-700 dark:text-rose-400"];
  return (
    <p className="space-x-2">
      <strong className={`whitespace-nowrap ${style}`}>{text}</strong>
      {verdict.partial !== undefined && !verdict.correct && (
        <span>{t("partialCredit", { percent: Math.round(verdict.partial * 100) })}</span>
      )}
      {verdict.blanks && !verdict.correct && (
        <span>{t("blankCredit", { right: verdict.blanks.filter(Boolean).length, total: verdict.blanks.length })}</span>
      )}
    </p>
  );
}

/** The right answer, in the question's own form, and the explanation. */
export function AnswerKey({
  question,
  feedback,
  level = 3,
}: {
  question: ClientQuestion;
  feedback: Feedback;
  level?: 3 | 4;
}) {
  const t = useTranslations("quiz.runner");
  const H = `h${level}` as const;
  return (
    <div className="space-y-4">
      {feedback.correctOptions && (
        <section className="space-y-2">
          <H className={heading}>{t("rightAnswer")}</H>
          <ul className="space-y-2">
            {/* Only the right options, in screen order; a wrong option the learner picked is explained under
                "Your answer" (ResponseView), and the ones they left alone need no words. */}
            {question.options?.map((option, position) =>
              feedback.correctOptions!.includes(option.index) ? (
                <OptionLine
                  key={option.index}
                  position={position}
                  html={option.html}
                  right
                  why={feedback.optionExplanations?.[option.index]}
                />
              ) : null,
            )}
          </ul>
        </section>
      )}
      {feedback.booleanAnswer !== undefined && (
        <section className="space-y-1">
          <H className={heading}>{t("rightAnswer")}</H>
          <p className="font-semibold">{feedback.booleanAnswer ? t("true") : t("false")}</p>
        </section>
      )}
      {feedback.clozeAnswers && (
        <section className="space-y-1">
          <H className={heading}>{t("rightAnswer")}</H>
          <ol className="list-decimal space-y-1 pl-5">
            {feedback.clozeAnswers.map((answers, i) => (
              <li key={i}>
                <strong>{answers[0]}</strong>
                {answers.length > 1 && (
                  <span className="text-stone-700 dark:text-stone-300">
                    {" "}
                    — {t("accepted", { answers: answers.join(" · ") })}
                  </span>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
      {feedback.answerHtml && (
        <section className="space-y-1">
          <H className={heading}>{t("modelAnswer")}</H>
          <RenderedHtml html={feedback.answerHtml} />
        </section>
      )}
      {feedback.solutionHtml && (
        <section className="space-y-1">
          <H className={heading}>{t("solution")}</H>
          <RenderedHtml html={feedback.solutionHtml} />
        </section>
      )}
      {feedback.explanationHtml && (
        <section className="space-y-1">
          <H className={heading}>{t("explanation")}</H>
          <RenderedHtml html={feedback.explanationHtml} />
        </section>
      )}
    </div>
  );
}

/** One option with its letter, verdict and explanation: a right answer, or a pick of the learner's. */
export function OptionLine({
  position,
  html,
  right,
  why,
}: {
  position: number;
  html: string;
  right: boolean;
  why?: string | null;
}) {
  const t = useTranslations("quiz.runner");
  return (
    <li className={`rounded-md border p-2 ${right ? "border-emerald-500" : "border-rose-500"}`}>
      <div className="flex gap-2">
        <OptionLetter position={position} />
        <VerdictWord correct={right}>{right ? t("correct") : t("incorrect")}</VerdictWord>
        <RenderedHtml html={html} className={`${OPTION_TEXT} prose-p:my-0`} />
      </div>
      {why && <RenderedHtml html={why} className="prose-sm mt-1 pl-6 prose-p:my-1" />}
    </li>
  );
}
