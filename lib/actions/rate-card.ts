"use server";

import { getLocale } from "next-intl/server";
import { z } from "zod";
import { reviewSessionFor, type ReviewSession } from "../data/review";
import { getQuestion } from "../data/content";
import { prisma } from "../db/client";
import { NotFoundError } from "../errors";
import { LocaleSchema } from "../i18n/locales";
import { ensureProfile } from "../profile/ensure-profile";
import { LearnerSettingsSchema } from "../profile/settings";
import { recordReview } from "../review/record-review";
import { questionsInScope, ReviewScopeSchema } from "../review/scope";
import { getSnapshot } from "../data/snapshot";
import type { ActionResult } from "./result";
import { runAction } from "./run-action";

const RateCardSchema = z.object({
  reviewId: z.uuid("must be a UUID made by the client"),
  questionId: z.string().min(1),
  clozeIndex: z.number().int().min(0),
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], "must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)"),
  scope: ReviewScopeSchema,
  /** The browser's time zone: where this learner's study day starts. */
  timeZone: LearnerSettingsSchema.shape.timeZone.optional(),
});

/** Rates the card on screen and returns the next one. */
export async function rateCard(input: z.input<typeof RateCardSchema>): Promise<ActionResult<ReviewSession>> {
  return runAction(RateCardSchema, input, async ({ scope, timeZone, ...review }) => {
    const snapshot = getSnapshot();
    if (!questionsInScope(snapshot, scope)) throw new NotFoundError("scope", Object.values(scope).join(""));
    const question = getQuestion(review.questionId);
    if (!question) throw new NotFoundError("question", review.questionId);
    const profileId = await ensureProfile();
    const lang = LocaleSchema.parse(await getLocale());
    const now = new Date();
    const profile = await prisma.profile.update({ where: { id: profileId }, data: timeZone ? { timeZone } : {} });
    await recordReview(prisma, profileId, question, { ...review, lang }, profile.desiredRetention, now);
    const session = await reviewSessionFor(profileId, scope, lang, now);
    return session ?? (await reviewSessionFor(profileId, {}, lang, now))!;
  });
}
