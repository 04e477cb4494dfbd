import { z } from "zod";
import type { Lang } from "../content/schemas/common";
import type { Question } from "../content/schemas/question";
import type { Db } from "../db/types";
import { ConflictError } from "../errors";
import type { QuizContent } from "../quiz/content-source";
import { addToReviewQueue } from "../review/enqueue";
import { requireOwnMock } from "./mock-record";
import { mockReport } from "./report";

export const AddMockMissedInputSchema = z.strictObject({ mockId: z.uuid() });
export type AddMockMissedInput = z.infer<typeof AddMockMissedInputSchema>;

/**
 * Puts the round's questions that were not fully covered (see needsReview) at the front of the flashcard queue,
 * through the same service as a quiz's "add missed". Twice queues the same cards again, never duplicates.
 */
export async function addMockMissedToReview(
  db: Db,
  profileId: string,
  content: QuizContent,
  input: AddMockMissedInput,
  lang: Lang,
  now: Date,
): Promise<{ queued: number; questions: number }> {
  const mock = await requireOwnMock(db, profileId, input.mockId);
  if (!mock.finishedAt) throw new ConflictError("mock-not-finished");
  const { missed } = mockReport(content, [], mock, lang);
  const questions = missed.map((id) => content.question(id)).filter((q): q is Question => !!q);
  const queued = await addToReviewQueue(db, profileId, questions, lang, now);
  return { queued, questions: questions.length };
}
