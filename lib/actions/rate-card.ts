"use server";

import type { z } from "zod";
import { reviewSessionFor, type ReviewSession } from "../data/review";
import { getQuestion } from "../data/content";
import { prisma } from "../db/client";
import { NotFoundError } from "../errors";
import { getContentDisplay } from "../data/preferences";
import { ensureProfile } from "../profile/ensure-profile";
import { recordReview } from "../review/record-review";
import { RateCardInputSchema } from "../review/inputs";
import { questionsInScope } from "../review/scope";
import { getSnapshot } from "../data/snapshot";
import type { ActionResult } from "./result";
import { runAction } from "./run-action";

/** Rates the card on screen and returns the next one. */
export async function rateCard(input: z.input<typeof RateCardInputSchema>): Promise<ActionResult<ReviewSession>> {
  return runAction(RateCardInputSchema, input, async ({ scope, timeZone, ...review }) => {
    const snapshot = getSnapshot();
    if (!questionsInScope(snapshot, scope)) throw new NotFoundError("scope", Object.values(scope).join(""));
    const question = getQuestion(review.questionId);
    if (!question) throw new NotFoundError("question", review.questionId);
    const profileId = await ensureProfile();
    const { uiLang: lang, display } = await getContentDisplay();
    const now = new Date();
    const profile = await prisma.profile.update({ where: { id: profileId }, data: timeZone ? { timeZone } : {} });
    // The card remembers the language it was shown in, to tell later whether that text changed.
    await recordReview(prisma, profileId, question, { ...review, lang: display.primary }, profile.desiredRetention, now);
    const session = await reviewSessionFor(profileId, scope, lang, now, undefined, display);
    return session ?? (await reviewSessionFor(profileId, {}, lang, now, undefined, display))!;
  });
}
