import type { QuestionContent, QuestionType } from "../content/schemas/question";
import type { Verdict } from "./grade";

/**
 * Everything a learner may see once feedback is allowed (practice: after answering; exam: on the result page):
 * the verdict, the right answer in the form of the question, and the explanations.
 */
export type Feedback = {
  verdict: Verdict;
  correctOptions?: number[];
  optionExplanations?: (string | null)[];
  booleanAnswer?: boolean;
  clozeAnswers?: string[][];
  answerHtml?: string;
  solutionHtml?: string;
  explanationHtml?: string;
  /** Open and code questions: the points to tick, which suggest the self-grade. */
  keyPoints?: { html: string; must: boolean; weight: number }[];
};

export function feedbackFor(type: QuestionType, content: QuestionContent, verdict: Verdict): Feedback {
  const feedback: Feedback = { verdict, explanationHtml: content.explanationHtml };
  if (type === "single" || type === "multiple") {
    const options = content.options ?? [];
    feedback.correctOptions = options.flatMap((o, i) => (o.correct ? [i] : []));
    feedback.optionExplanations = options.map((o) => o.explanationHtml ?? null);
  }
  if (type === "boolean") feedback.booleanAnswer = content.booleanAnswer;
  if (type === "cloze") feedback.clozeAnswers = (content.clozes ?? []).map((c) => c.answers);
  if (type === "open" || type === "code")
    feedback.keyPoints = content.keyPoints?.map(({ html, must, weight }) => ({ html, must, weight }));
  if (type === "open") feedback.answerHtml = content.answerHtml;
  if (type === "code") {
    feedback.solutionHtml = content.solutionHtml;
    feedback.answerHtml = content.answerHtml;
  }
  return feedback;
}
