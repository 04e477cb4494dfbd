import { isPublished } from "../content/question-kinds";
import type { Question } from "../content/schemas/question";
import type { QuizSet } from "../content/schemas/quiz";
import { matchingQuestions } from "../quiz/select";
import { shuffled, type Random } from "../quiz/random";

/** What a round draws from: topics (any of them), or one quiz set's questions. Stored as the row's `scope` JSON. */
export type MockScope = { topics: string[] } | { quiz: string };

/**
 * A question a mock interview can ask: published, open or code (what an interviewer asks aloud), with key points
 * in every language it has, so the checklist exists whichever language it is shown in.
 */
export function askableInMock(q: Question): boolean {
  if (!isPublished(q) || (q.type !== "open" && q.type !== "code")) return false;
  const versions = Object.values(q.langs).filter((c) => c !== undefined);
  return versions.length > 0 && versions.every((c) => (c.keyPoints?.length ?? 0) > 0);
}

/** The askable questions of a scope, in content order (the draw shuffles them). */
export function mockPool(
  questions: readonly Question[],
  scope: MockScope,
  quizSet: (slug: string) => Pick<QuizSet, "questions" | "select"> | undefined,
): Question[] {
  const askable = questions.filter(askableInMock);
  if ("topics" in scope) return askable.filter((q) => scope.topics.includes(q.topic));
  const set = quizSet(scope.quiz);
  if (!set) return [];
  // A set defined by a rule: every question the rule matches (its count is the quiz's length, not the round's).
  if (set.select) {
    const matching = new Set(matchingQuestions(askable, set.select).map((q) => q.id));
    return askable.filter((q) => matching.has(q.id));
  }
  const listed = new Set(set.questions ?? []);
  return askable.filter((q) => listed.has(q.id));
}

/**
 * Draws `length` question ids (fewer only if the pool is smaller: the caller refuses that). Topics are dealt in
 * turns, one question of each picked topic and again, so a three-question round over three topics asks one of
 * each instead of whatever the shuffle happens to favour. The same random sequence gives the same round.
 */
export function drawMockQuestions(pool: readonly Question[], length: number, random: Random): string[] {
  const byTopic = new Map<string, Question[]>();
  for (const q of shuffled(pool, random)) byTopic.set(q.topic, [...(byTopic.get(q.topic) ?? []), q]);
  const queues = [...byTopic.keys()].sort().map((topic) => byTopic.get(topic)!);
  const picked: string[] = [];
  while (picked.length < length && queues.some((queue) => queue.length > 0)) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next && picked.length < length) picked.push(next.id);
    }
  }
  return shuffled(picked, random);
}
