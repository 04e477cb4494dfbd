import { z } from "zod";
import { LangSchema } from "../content/schemas/common";
import type { Db } from "../db/types";
import { takeTurns } from "../db/take-turns";
import { ConflictError, InvalidInputError, NotFoundError } from "../errors";
import { questionAppearedAt, secondsTaken } from "../coach/mock-clock";
import { POINT_VERDICTS } from "../coach/point-verdicts";
import type { QuizContent } from "../quiz/content-source";
import { currentQuestionId, requireOwnMock } from "./mock-record";

export const SaveMockAnswerInputSchema = z.strictObject({
  mockId: z.uuid(),
  /** Made by the client for this answer: a retried "Next question" is recognised and not saved twice. */
  answerId: z.uuid(),
  questionId: z.string().min(1).max(200),
  /** The language the question was shown in. */
  lang: LangSchema,
  text: z.string().max(20_000, "must be at most 20,000 characters"),
  /** One per key point, in the points' order, as the candidate ticked them. */
  verdicts: z.array(z.enum(POINT_VERDICTS)).max(12),
  /** Seconds from the question appearing to the answer being handed in, as the client counted them. */
  seconds: z
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 3600),
});
export type SaveMockAnswerInput = z.infer<typeof SaveMockAnswerInputSchema>;

/** Whether the round is over after this answer (then the client goes to the report). */
export type SaveMockAnswerOutcome = { finished: boolean };

/**
 * Saves the answer to the question the round is on, with the candidate's verdicts and the time taken, and ends
 * the round after the last question. Answers are taken in order only, so a stale tab cannot answer a question
 * twice or skip one; a retry of a saved answer returns the same outcome.
 */
export async function saveMockAnswer(
  db: Db,
  profileId: string,
  content: QuizContent,
  input: SaveMockAnswerInput,
  now: Date,
): Promise<SaveMockAnswerOutcome> {
  // Two tabs handing in at once on PostgreSQL: one reads "current question" after the other has written.
  await takeTurns(db, `mock:${input.mockId}`);
  const mock = await requireOwnMock(db, profileId, input.mockId);
  const replay = await db.openAnswer.findUnique({
    where: { id: input.answerId },
    select: { profileId: true, mockId: true },
  });
  if (replay) {
    if (replay.profileId !== profileId || replay.mockId !== mock.id)
      throw new InvalidInputError("answerId", "this id is already used");
    return { finished: mock.finishedAt !== null };
  }
  if (mock.finishedAt) throw new ConflictError("mock-finished");
  if (input.questionId !== currentQuestionId(mock)) throw new ConflictError("mock-not-current");
  const question = content.question(input.questionId);
  // A question retired during the round has no checklist any more: its answer is kept without verdicts.
  const points = question?.langs[input.lang]?.keyPoints ?? [];
  if (question && !question.langs[input.lang])
    throw new NotFoundError("question", `${input.questionId} (${input.lang})`);
  if (input.verdicts.length !== points.length)
    throw new InvalidInputError("verdicts", `expected ${points.length} verdicts, got ${input.verdicts.length}`);
  const appearedAt = questionAppearedAt(
    mock.startedAt,
    mock.answers.map((a) => a.answeredAt),
  );
  await db.openAnswer.create({
    data: {
      id: input.answerId,
      profileId,
      questionId: input.questionId,
      lang: input.lang,
      text: input.text,
      verdicts: JSON.stringify(input.verdicts),
      source: "mock",
      sourceId: mock.id,
      seconds: secondsTaken(input.seconds, appearedAt, now, mock),
      answeredAt: now,
      mockId: mock.id,
    },
  });
  const finished = mock.answers.length + 1 >= mock.questionIds.length;
  if (finished) await db.mockInterview.update({ where: { id: mock.id }, data: { finishedAt: now } });
  return { finished };
}
