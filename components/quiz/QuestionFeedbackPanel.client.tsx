"use client";

import { useTranslations } from "next-intl";
import type { ClientQuestion } from "@/lib/quiz/client-question";
import type { Feedback } from "@/lib/quiz/feedback";
import type { QuizResponse, SelfGrade } from "@/lib/quiz/response";
import { typedText } from "@/lib/quiz/typed-text";
import { CheckedSelfGrade } from "./CheckedSelfGrade.client";
import { AnswerKey, VerdictLine } from "./QuizFeedback";
import { ResponseView } from "./ResponseView";

type Props = {
  attemptId: string;
  question: ClientQuestion;
  response?: QuizResponse;
  feedback: Feedback;
  /** The self-grade given so far (open and code questions). */
  grade?: string;
  onGraded: (grade: SelfGrade, feedback: Feedback) => void;
};

/**
 * A practice quiz's feedback on the question just answered: the verdict, the options with the picks marked, the
 * answer key, and for an open or code answer the self-grade checked against the key points.
 */
export function QuestionFeedbackPanel({ attemptId, question, response, feedback, grade, onGraded }: Props) {
  const t = useTranslations("quiz.runner");
  const selfGraded = question.type === "open" || question.type === "code";
  return (
    <div className="space-y-4 rounded-lg border border-stone-200 p-4 dark:border-stone-700">
      <VerdictLine feedback={feedback} />
      {(question.type === "single" || question.type === "multiple") && (
        <section className="space-y-2">
          <h3 className="text-sm font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400">
            {t("answerOptions")}
          </h3>
          <ResponseView question={question} response={response} feedback={feedback} />
        </section>
      )}
      <AnswerKey question={question} feedback={feedback} />
      {selfGraded && (
        <CheckedSelfGrade
          attemptId={attemptId}
          questionId={question.id}
          keyPoints={feedback.keyPoints}
          answer={typedText(response)}
          lang={question.lang}
          current={grade}
          onGraded={onGraded}
        />
      )}
    </div>
  );
}
