"use server";

import type { z } from "zod";
import { reviewSessionFor, type ReviewSession } from "../data/review";
import { getQuestion } from "../data/content";
import { prisma } from "../db/client";
import { NotFoundError } from "../errors";
import { getContentDisplay } from "../data/preferences";
import { ensureProfileRow } from "../profile/ensure-profile";
import { rememberTimeZone } from "../profile/remember-time-zone";
import { LearnerSettingsSchema } from "../profile/settings";
import { recordReview } from "../review/record-review";
import { RateCardInputSchema } from "../review/inputs";
import { questionsInScope } from "../review/scope";
import { getSnapshot } from "../data/snapshot";
import type { ActionResult } from "./result";
import { runAction } from "./run-action";

/**
 * Rates the card on screen and returns the next one. The hottest write of the app, so the profile is read once and
 * handed on (its settings, its time zone) rather than read again by each step.
 */
export async function rateCard(input: z.input<typeof RateCardInputSchema>): Promise<ActionResult<ReviewSession>> {
  return runAction(RateCardInputSchema, input, async ({ scope, timeZone, ...review }) => {
    const snapshot = getSnapshot();
    if (!questionsInScope(snapshot, scope)) throw new NotFoundError("scope", Object.values(scope).join(""));
    const question = getQuestion(review.questionId);
    if (!question) throw new NotFoundError("question", review.questionId);
    const now = new Date();
    const profile = await rememberTimeZone(prisma, await ensureProfileRow(now), timeZone);
    const settings = LearnerSettingsSchema.parse(profile);
    const { uiLang: lang, display } = await getContentDisplay();
    // The card remembers the language it was shown in, to tell later whether that text changed.
    await recordReview(prisma, profile.id, question, { ...review, lang: display.primary }, settings.desiredRetention, now);
    const session = await reviewSessionFor(profile.id, scope, lang, now, { display, settings });
    return session ?? (await reviewSessionFor(profile.id, {}, lang, now, { display, settings }))!;
  });
}
