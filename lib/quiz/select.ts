import { isPublished, type Question } from "../content/schemas/question";
import type { QuizSelect } from "../content/schemas/quiz";
import type { QuizSet } from "../content/schemas/quiz";
import { shuffled, type Random } from "./random";

/** Published questions that pass every non-empty filter (a filter lists alternatives: any topic, any tag…). */
export function matchingQuestions(questions: readonly Question[], select: Omit<QuizSelect, "count">): Question[] {
  return questions.filter(
    (q) =>
      isPublished(q) &&
      (select.topics.length === 0 || select.topics.includes(q.topic)) &&
      (select.tags.length === 0 || q.tags.some((t) => select.tags.includes(t))) &&
      (select.types.length === 0 || select.types.includes(q.type)) &&
      (select.difficulty.length === 0 || select.difficulty.includes(q.difficulty)),
  );
}

/**
 * Draws `count` question ids at random. When several types are asked for, they are dealt in turns (one of each
 * type, then again) so a short quiz still mixes the types the learner picked; the final order is shuffled.
 */
export function selectQuestions(questions: readonly Question[], select: QuizSelect, random: Random): string[] {
  const pool = matchingQuestions(questions, select);
  const byType = new Map<string, Question[]>();
  for (const q of shuffled(pool, random)) byType.set(q.type, [...(byType.get(q.type) ?? []), q]);
  const queues =
    select.types.length > 1
      ? select.types.flatMap((t) => (byType.has(t) ? [byType.get(t)!] : []))
      : [shuffled(pool, random)];
  const picked: string[] = [];
  while (picked.length < select.count && queues.some((q) => q.length > 0)) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next && picked.length < select.count) picked.push(next.id);
    }
  }
  return shuffled(picked, random);
}

/** The questions of a quiz set for one attempt: its list (shuffled if it says so) or a fresh random draw. */
export function questionsForSet(
  set: Pick<QuizSet, "questions" | "select" | "shuffle">,
  questions: readonly Question[],
  random: Random,
): string[] {
  if (set.select) return selectQuestions(questions, set.select, random);
  const published = new Set(questions.filter(isPublished).map((q) => q.id));
  const ids = (set.questions ?? []).filter((id) => published.has(id));
  return set.shuffle ? shuffled(ids, random) : ids;
}
