import type { PrismaClient } from "@prisma/client";
import type { Lang } from "../content/schemas/common";
import type { Question } from "../content/schemas/question";
import { takeTurns } from "../db/take-turns";
import { isUniqueViolation } from "../db/unique-violation";
import { InvalidInputError } from "../errors";
import { contentLangFor } from "../content/pick-lang";
import { cardKeysOf } from "./card-keys";
import { createScheduler, emptyState, type GradeValue } from "./scheduler";

export type ReviewInput = { reviewId: string; questionId: string; clozeIndex: number; rating: GradeValue; lang: Lang };

/**
 * Rates a card: the new card state and its append-only log row are written in one transaction. The review id
 * comes from the client, so a repeated request (double press, retry) finds its row and changes nothing: the log
 * row is written first, and its id's unique key refuses the copy, which rolls the copy's transaction back whole.
 * (No lookup beforehand: every query costs the server a compilation, and repeats are rare.)
 */
export async function recordReview(
  db: PrismaClient,
  profileId: string,
  question: Question,
  input: ReviewInput,
  desiredRetention: number,
  now: Date,
): Promise<{ duplicate: boolean; due: Date }> {
  if (!cardKeysOf(question).some((k) => k.clozeIndex === input.clozeIndex)) {
    throw new InvalidInputError("clozeIndex", `question "${question.id}" has no card ${input.clozeIndex}`);
  }
  const contentLang = contentLangFor(question, input.lang);
  const contentHash = question.langs[contentLang]!.hash;
  const key = { profileId, questionId: question.id, clozeIndex: input.clozeIndex };
  try {
    return await db.$transaction(async (tx) => {
      // One rating or undo of this learner at a time, whichever instance serves it (see takeTurns).
      await takeTurns(tx, `review:${profileId}`);
      const row = await tx.card.findUnique({ where: { profileId_questionId_clozeIndex: key } });
      const { card, log } = createScheduler(desiredRetention).rate(row ?? emptyState(now), input.rating, now);
      const { reviewedAt, ...logFields } = log;
      await tx.review.create({
        data: { id: input.reviewId, ...key, ...logFields, rating: input.rating, reviewedAt, contentHash, contentLang },
      });
      await tx.card.upsert({
        where: { profileId_questionId_clozeIndex: key },
        create: { ...key, ...card, contentHash, contentLang },
        update: { ...card, contentHash, contentLang },
      });
      return { duplicate: false, due: card.due };
    });
  } catch (error) {
    // A repeat (or two copies racing): its transaction rolled back whole; report the first one's result.
    if (isUniqueViolation(error)) {
      const winner = await db.review.findUnique({ where: { id: input.reviewId } });
      if (winner) return duplicateOf(winner, profileId, db);
    }
    throw error;
  }
}

async function duplicateOf(
  review: { profileId: string; questionId: string; clozeIndex: number },
  profileId: string,
  db: Pick<PrismaClient, "card">,
) {
  if (review.profileId !== profileId) throw new InvalidInputError("reviewId", "this review id is already used");
  const card = await db.card.findUnique({
    where: {
      profileId_questionId_clozeIndex: { profileId, questionId: review.questionId, clozeIndex: review.clozeIndex },
    },
  });
  return { duplicate: true, due: card?.due ?? new Date(0) };
}
