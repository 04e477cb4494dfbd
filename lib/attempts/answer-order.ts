import type { Db } from "../db/types";

/**
 * The time to stamp on a new answer row: now, but strictly after the newest row for the same question, so
 * "the newest row counts" holds even when two rows land within one millisecond (or a test's fixed clock).
 */
export async function nextAnsweredAt(db: Db, attemptId: string, questionId: string, now: Date): Promise<Date> {
  const newest = await db.quizAnswer.findFirst({
    where: { attemptId, questionId },
    orderBy: { answeredAt: "desc" },
    select: { answeredAt: true },
  });
  return newest && newest.answeredAt.getTime() >= now.getTime() ? new Date(newest.answeredAt.getTime() + 1) : now;
}
