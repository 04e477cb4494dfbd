import type { Lang } from "../content/schemas/common";
import { toClientQuestion } from "../quiz/client-question";
import type { QuizContent } from "../quiz/content-source";
import { questionIn } from "../quiz/content-source";
import { feedbackFor } from "../quiz/feedback";
import type { QuestionState } from "../quiz/question-state";
import { parseStoredResponse } from "../quiz/response";
import { outcomeFor } from "./answer-question";
import type { LoadedAttempt } from "./read-attempts";

/**
 * Each question of an attempt as the runner or the result page may show it: the options in the attempt's own
 * order, the saved response, and the feedback only when it is allowed (practice mode once answered; every
 * question once finished).
 */
export function attemptQuestionStates(content: QuizContent, loaded: LoadedAttempt, uiLang: Lang): QuestionState[] {
  return loaded.attempt.questionIds.flatMap((id) => {
    const question = content.question(id);
    if (!question) return [];
    const row = loaded.answers.get(id);
    const state: QuestionState = { question: toClientQuestion(question, uiLang, loaded.attempt.id) };
    if (!row) {
      // Once finished, an unanswered question still shows its right answer and explanation.
      if (loaded.attempt.finishedAt)
        state.feedback = feedbackFor(question.type, questionIn(question, uiLang).content, { score: 0, correct: false });
      return [state];
    }
    state.response = parseStoredResponse(row.response);
    state.selfGrade = row.selfGrade ?? undefined;
    const outcome = outcomeFor(loaded.attempt, question, row);
    if (outcome.status === "graded") state.feedback = outcome.feedback;
    // The instructor's grade decides the verdict, not the self-grade it replaced.
    if (state.feedback && row.override)
      state.feedback = { ...state.feedback, verdict: { score: row.override.score, correct: row.override.score === 1 } };
    return [state];
  });
}
