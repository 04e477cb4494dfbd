import type { Question, QuestionContent } from "../content/schemas/question";
import type { QuizResponse } from "../quiz/response";

/**
 * What a demo learner answers to a question: the key when `right`, otherwise a plausible mistake (a wrong
 * option, half of a multiple choice, the opposite truth value, a wrong blank). Open and code questions get a
 * short text; the learner's self-grade decides those.
 */
export function demoResponse(question: Pick<Question, "type">, content: QuestionContent, right: boolean): QuizResponse {
  const options = content.options ?? [];
  const correct = options.flatMap((o, i) => (o.correct ? [i] : []));
  const wrong = options.flatMap((o, i) => (o.correct ? [] : [i]));
  switch (question.type) {
    case "single":
      return { type: "single", choice: right ? correct[0]! : (wrong[0] ?? 0) };
    case "multiple":
      return { type: "multiple", choices: right ? correct : [...correct.slice(0, 1), ...wrong.slice(0, 1)] };
    case "boolean":
      return { type: "boolean", value: right ? content.booleanAnswer === true : content.booleanAnswer !== true };
    case "cloze":
      return { type: "cloze", blanks: (content.clozes ?? []).map((c) => (right ? c.answers[0]! : "not sure")) };
    case "open":
    case "code":
      return {
        type: question.type,
        text: right ? "My answer, covering the main points of the model answer." : "I am not sure.",
      };
  }
}
