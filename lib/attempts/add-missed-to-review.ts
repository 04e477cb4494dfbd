import { z } from "zod";
import type { Lang } from "../content/schemas/common";
import type { Question } from "../content/schemas/question";
import type { Db } from "../db/types";
import type { QuizContent } from "../quiz/content-source";
import { addToReviewQueue } from "../review/enqueue";
import { loadAttempt } from "./read-attempts";
import { resultsWithheld } from "./results-withheld";
import { ConflictError, NotFoundError } from "../errors";

export const AddMissedInputSchema = z.strictObject({ attemptId: z.uuid() });
export type AddMissedInput = z.infer<typeof AddMissedInputSchema>;

/**
 * Puts the questions the learner missed (less than full credit, or unanswered) at the front of their flashcard
 * queue. Running it twice queues the same cards again, never duplicates: cards are keyed by question.
 */
export async function addMissedToReview(
  db: Db,
  profileId: string,
  content: QuizContent,
  input: AddMissedInput,
  lang: Lang,
  now: Date,
): Promise<{ queued: number; questions: number }> {
  const loaded = await loadAttempt(db, profileId, input.attemptId);
  if (!loaded) throw new NotFoundError("attempt", input.attemptId);
  if (resultsWithheld(loaded.attempt, now)) throw new ConflictError("feedback-after-due");
  const questions = loaded.summary.missed.map((id) => content.question(id)).filter((q): q is Question => !!q);
  const queued = await addToReviewQueue(db, profileId, questions, lang, now);
  return { queued, questions: questions.length };
}
