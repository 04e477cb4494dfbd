import { z } from "zod";
import { KebabIdSchema } from "../content/schemas/common";
import type { Db } from "../db/types";
import { InvalidInputError, NotFoundError } from "../errors";
import { drawMockQuestions, mockPool, type MockScope } from "../coach/mock-plan";
import { MOCK_LENGTHS, MOCK_MINUTES } from "../coach/mock-options";
import type { QuizContent } from "../quiz/content-source";
import type { Random } from "../quiz/random";

const literals = <T extends number>(values: readonly T[], message: string) =>
  z.number(message).refine((n): n is T => (values as readonly number[]).includes(n), message) as z.ZodType<T>;

export const MockScopeInputSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("topics"),
    topics: z.array(KebabIdSchema).min(1, "pick at least one topic").max(50, "pick at most 50 topics"),
  }),
  z.strictObject({ kind: z.literal("quiz"), slug: KebabIdSchema }),
]);

export const StartMockInputSchema = z.strictObject({
  /** Made by the client when the setup form appears: pressing "Start" twice opens one round, with one draw. */
  mockId: z.uuid(),
  scope: MockScopeInputSchema,
  length: literals(MOCK_LENGTHS, "must be 3, 5 or 10"),
  /** Null: no per-question time, the elapsed time is shown instead. */
  perQuestionMinutes: literals(MOCK_MINUTES, "must be 2, 3 or 5").nullable(),
  /** Running out of time hands the answer in; meaningless (and stored false) without a time. */
  enforced: z.boolean(),
});
export type StartMockInput = z.infer<typeof StartMockInputSchema>;

function scopeOf(content: QuizContent, scope: StartMockInput["scope"]): MockScope {
  if (scope.kind === "quiz") {
    if (!content.quizSet(scope.slug)) throw new InvalidInputError("scope.slug", `unknown quiz set "${scope.slug}"`);
    return { quiz: scope.slug };
  }
  const known = new Set(content.questions.map((q) => q.topic));
  const unknown = scope.topics.find((t) => !known.has(t));
  if (unknown) throw new InvalidInputError("scope.topics", `unknown topic "${unknown}"`);
  return { topics: [...new Set(scope.topics)] };
}

/**
 * Opens a mock interview with its questions drawn now, once. Idempotent on the client's id: a repeated start
 * returns the round that is already there (someone else's id is "not found", as if it did not exist). A scope
 * with fewer askable questions than the length is refused on the length field, saying how many there are.
 */
export async function startMock(
  db: Db,
  profileId: string,
  content: QuizContent,
  input: StartMockInput,
  now: Date,
  random: Random,
): Promise<{ mockId: string }> {
  const existing = await db.mockInterview.findUnique({ where: { id: input.mockId }, select: { profileId: true } });
  if (existing) {
    if (existing.profileId !== profileId) throw new NotFoundError("mock-interview", input.mockId);
    return { mockId: input.mockId };
  }
  const scope = scopeOf(content, input.scope);
  const pool = mockPool(content.questions, scope, content.quizSet);
  if (pool.length < input.length)
    throw new InvalidInputError("length", `this scope has ${pool.length} questions with key points`);
  const timed = input.perQuestionMinutes !== null;
  await db.mockInterview.create({
    data: {
      id: input.mockId,
      profileId,
      scope: JSON.stringify(scope),
      questionIds: JSON.stringify(drawMockQuestions(pool, input.length, random)),
      perQuestionSec: timed ? input.perQuestionMinutes! * 60 : null,
      enforced: timed && input.enforced,
      startedAt: now,
    },
  });
  return { mockId: input.mockId };
}
