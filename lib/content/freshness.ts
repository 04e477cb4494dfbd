import type { Question } from "./schemas/question";
import { isPublished } from "./schemas/question";
import type { Topic } from "./schemas/topic";

export const STALE_AFTER_DAYS = 365;

export type StaleQuestion = { question: Question; lastVerified?: string };

/**
 * Questions in a volatile topic (regulation, funding, the state of the art) whose facts nobody has checked in
 * the last twelve months. `now` is passed in so the rule is testable with a fixed clock.
 */
export function findStaleQuestions(questions: Question[], topics: Topic[], now: Date): StaleQuestion[] {
  const volatile = new Set(topics.filter((t) => t.volatile).map((t) => t.id));
  const cutoff = now.getTime() - STALE_AFTER_DAYS * 24 * 60 * 60 * 1000;
  return questions
    .filter((q) => isPublished(q) && volatile.has(q.topic))
    .filter((q) => !q.lastVerified || Date.parse(q.lastVerified) < cutoff)
    .map((q) => ({ question: q, lastVerified: q.lastVerified }));
}
