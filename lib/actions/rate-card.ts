"use server";

import type { z } from "zod";
import { questionToRate, reviewSessionFor, type ReviewSession } from "../data/review";
import { prisma } from "../db/client";
import { RateCardInputSchema, recordReview } from "../review/record-review";
import { runAction } from "./run-action";

/**
 * Rates the card on screen and returns the next one. The hottest write of the app, so the profile is read once and
 * handed on (its settings, its time zone) rather than read again by each step.
 */
export async function rateCard(input: z.input<typeof RateCardInputSchema>) {
  return runAction(
    RateCardInputSchema,
    input,
    async ({ data: { scope, timeZone, ...review }, actor, now }): Promise<ReviewSession> => {
      const question = questionToRate(scope, review.questionId);
      const profile = await actor.noteTimeZone(timeZone);
      const [settings, { uiLang: lang, display }] = await Promise.all([actor.settings(), actor.display()]);
      // The card remembers the language it was shown in, to tell later whether that text changed.
      await recordReview(
        prisma,
        profile.id,
        question,
        { ...review, lang: display.primary },
        settings.desiredRetention,
        now,
      );
      const session = await reviewSessionFor(profile.id, scope, lang, now, { display, settings });
      return session ?? (await reviewSessionFor(profile.id, {}, lang, now, { display, settings }))!;
    },
  );
}
