import "server-only";
import type { Lang } from "../content/schemas/common";
import { isPublished } from "../content/schemas/question";
import { prisma } from "../db/client";
import type { QuestionState } from "../quiz/question-state";
import { attemptQuestionStates } from "../attempts/question-states";
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

/** Each question of an attempt as the runner or the result page may show it (see attemptQuestionStates). */
export function questionStates(loaded: LoadedAttempt, uiLang: Lang): QuestionState[] {
  return attemptQuestionStates(quizContent(), loaded, uiLang);
}
