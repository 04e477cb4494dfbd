import type { PrismaClient } from "@prisma/client";
import { z } from "zod";
import { takeTurns } from "../db/take-turns";
import { ConflictError } from "../errors";
import type { CardKey } from "./card-keys";
import { createScheduler, isNewState } from "./scheduler";
import { ReviewScopeSchema } from "./scope";
import { studyDayStart } from "./study-day";

/** What the review screen's Undo sends: its own id (pressing twice takes back one rating) and the session's scope. */
export const UndoRatingInputSchema = z.object({
  undoId: z.uuid("must be a UUID made by the client"),
  scope: ReviewScopeSchema,
});

/**
 * Takes back the learner's most recent rating of this study day: the card returns to its state before it
 * (ts-fsrs rollback), and the undo is logged with its client id, so pressing Undo twice takes back one rating.
 * Returns the card that was taken back, to show again.
 */
export async function undoLastReview(
  db: PrismaClient,
  profileId: string,
  undoId: string,
  timeZone: string,
  now: Date,
): Promise<CardKey & { duplicate: boolean }> {
  return db.$transaction(async (tx) => {
    await takeTurns(tx, `review:${profileId}`);
    const done = await tx.reviewUndo.findUnique({ where: { id: undoId }, include: { review: true } });
    if (done && done.review.profileId === profileId)
      return { questionId: done.review.questionId, clozeIndex: done.review.clozeIndex, duplicate: true };
    if (done) throw new ConflictError("nothing-to-undo");
    const review = await tx.review.findFirst({
      where: { profileId, undo: null, reviewedAt: { gte: studyDayStart(now, timeZone) } },
      orderBy: { reviewedAt: "desc" },
    });
    if (!review) throw new ConflictError("nothing-to-undo");
    const key = { profileId, questionId: review.questionId, clozeIndex: review.clozeIndex };
    const card = await tx.card.findUnique({ where: { profileId_questionId_clozeIndex: key } });
    // The card must still be the result of this rating; anything else means the log and the card disagree.
    if (!card || card.lastReview?.getTime() !== review.reviewedAt.getTime()) throw new ConflictError("nothing-to-undo");
    // Rollback reads only the log, so the retention setting plays no part.
    const before = createScheduler(0.9).undo(card, review);
    // A first rating taken back leaves a card never studied: it becomes an unseen new card again, counted once
    // against today's allowance, rather than a stored new card (which would count as explicitly queued).
    if (before.reps === 0 && isNewState(before.state))
      await tx.card.delete({ where: { profileId_questionId_clozeIndex: key } });
    else await tx.card.update({ where: { profileId_questionId_clozeIndex: key }, data: before });
    await tx.reviewUndo.create({ data: { id: undoId, reviewId: review.id, createdAt: now } });
    return { questionId: review.questionId, clozeIndex: review.clozeIndex, duplicate: false };
  });
}
