import "server-only";
import type { Lang } from "../content/schemas/common";
import { isPublished } from "../content/schemas/question";
import { prisma } from "../db/client";
import { toClientQuestion } from "../quiz/client-question";
import type { QuestionState } from "../quiz/question-state";
import { feedbackFor } from "../quiz/feedback";
import { questionIn } from "../quiz/content-source";
import { parseStoredResponse } from "../quiz/response";
import { outcomeFor } from "../attempts/answer-question";
import { listAttempts, loadAttempt, type LoadedAttempt } from "../attempts/read-attempts";
import { currentProfileId } from "../session/profile";
import { quizContent } from "./quiz-content";
import { getSnapshot } from "./snapshot";

/** The quiz sets with what a learner wants to know before starting one. */
export function listQuizSets() {
  const content = quizContent();
  return getSnapshot().quizzes.map((set) => ({
    set,
    questionCount: set.select ? set.select.count : (set.questions ?? []).filter((id) => content.question(id)).length,
    random: !!set.select,
  }));
}

export function getQuizSet(slug: string) {
  return listQuizSets().find((s) => s.set.slug === slug);
}

/** What the custom quiz builder offers: topics by name, and every tag in use. */
export function quizFilterOptions(lang: Lang) {
  const s = getSnapshot();
  const published = s.questions.filter(isPublished);
  return {
    topics: s.topics.map((t) => ({ id: t.id, name: t.name[lang] })),
    tags: [...new Set(published.flatMap((q) => q.tags))].sort(),
  };
}

/** The visitor's unfinished attempts and recent results (none before their first click). */
export async function myAttempts() {
  const profileId = await currentProfileId();
  return profileId ? listAttempts(prisma, profileId) : { unfinished: [], finished: [] };
}

/** An attempt of the visitor's, or undefined (someone else's attempt does not exist for them). */
export async function getMyAttempt(attemptId: string): Promise<LoadedAttempt | undefined> {
  const profileId = await currentProfileId();
  return profileId ? loadAttempt(prisma, profileId, attemptId) : undefined;
}

/**
 * Each question of an attempt as the runner or the result page may show it: the saved response, and the
 * feedback only when it is allowed (practice mode once answered; every question once finished).
 */
export function questionStates(loaded: LoadedAttempt, uiLang: Lang): QuestionState[] {
  const content = quizContent();
  return loaded.attempt.questionIds.flatMap((id) => {
    const question = content.question(id);
    if (!question) return [];
    const row = loaded.answers.get(id);
    const state: QuestionState = { question: toClientQuestion(question, uiLang) };
    if (!row) {
      // Once finished, an unanswered question still shows its right answer and explanation.
      if (loaded.attempt.finishedAt) state.feedback = feedbackFor(question.type, questionIn(question, uiLang).content, { score: 0, correct: false });
      return [state];
    }
    state.response = parseStoredResponse(row.response);
    state.selfGrade = row.selfGrade ?? undefined;
    const outcome = outcomeFor(loaded.attempt, question, row);
    if (outcome.status === "graded") state.feedback = outcome.feedback;
    // The instructor's grade decides the verdict, not the self-grade it replaced.
    if (state.feedback && row.override) state.feedback = { ...state.feedback, verdict: { score: row.override.score, correct: row.override.score === 1 } };
    return [state];
  });
}
