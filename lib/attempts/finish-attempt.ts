import { z } from "zod";
import type { Db } from "../db/types";
import { nextElapsedMs } from "../quiz/timer";
import { hardDeadline } from "./hard-deadline";
import { requireOwnAttempt } from "./attempt-record";

export const FinishQuizInputSchema = z.strictObject({
  attemptId: z.uuid(),
  elapsedMs: z
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 3600 * 1000),
});
export type FinishQuizInput = z.infer<typeof FinishQuizInputSchema>;

/** Ends the attempt (by the learner, or by the countdown). Finishing twice changes nothing the second time. */
export async function finishAttempt(
  db: Db,
  profileId: string,
  input: FinishQuizInput,
  now: Date,
): Promise<{ attemptId: string }> {
  const attempt = await requireOwnAttempt(db, profileId, input.attemptId);
  if (attempt.finishedAt) return { attemptId: attempt.id };
  const elapsed = nextElapsedMs(attempt.elapsedMs, input.elapsedMs, attempt.startedAt, now);
  const elapsedMs = attempt.timeLimitSec === null ? elapsed : Math.min(elapsed, attempt.timeLimitSec * 1000);
  // Past a timed assignment's deadline, the attempt ended at the deadline, not when the client got round to saying so.
  const deadline = hardDeadline(attempt);
  const finishedAt = deadline && now > deadline.refusedAfter ? deadline.endsAt : now;
  await db.quizAttempt.update({ where: { id: attempt.id }, data: { elapsedMs, finishedAt } });
  return { attemptId: attempt.id };
}
