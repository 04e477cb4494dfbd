import { z } from "zod";
import type { Db } from "../db/types";
import { isOverTime, nextElapsedMs } from "../quiz/timer";
import { hardDeadline } from "./hard-deadline";
import { requireOwnAttempt } from "./attempt-record";

export const SaveProgressInputSchema = z.strictObject({
  attemptId: z.uuid(),
  position: z.number().int().min(0),
  elapsedMs: z
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 3600 * 1000),
});
export type SaveProgressInput = z.infer<typeof SaveProgressInputSchema>;

export type ProgressState = { position: number; elapsedMs: number; finished: boolean };

/**
 * Remembers where the learner is and how much time they have used, so a reload or another day resumes there.
 * A finished attempt is left as it is; one that has run out of time is finished now.
 */
export async function saveProgress(
  db: Db,
  profileId: string,
  input: SaveProgressInput,
  now: Date,
): Promise<ProgressState> {
  const attempt = await requireOwnAttempt(db, profileId, input.attemptId);
  if (attempt.finishedAt) return { position: attempt.position, elapsedMs: attempt.elapsedMs, finished: true };
  const deadline = hardDeadline(attempt);
  if (deadline && now > deadline.refusedAfter) {
    const elapsedMs = attempt.timeLimitSec! * 1000;
    await db.quizAttempt.update({ where: { id: attempt.id }, data: { elapsedMs, finishedAt: deadline.endsAt } });
    return { position: attempt.position, elapsedMs, finished: true };
  }
  const position = Math.min(input.position, attempt.questionIds.length - 1);
  const elapsedMs = nextElapsedMs(attempt.elapsedMs, input.elapsedMs, attempt.startedAt, now);
  const over = isOverTime({ timeLimitSec: attempt.timeLimitSec, elapsedMs });
  const saved = over ? Math.min(elapsedMs, attempt.timeLimitSec! * 1000) : elapsedMs;
  await db.quizAttempt.update({
    where: { id: attempt.id },
    data: { position, elapsedMs: saved, finishedAt: over ? now : null },
  });
  return { position, elapsedMs: saved, finished: over };
}
