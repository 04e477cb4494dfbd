"use server";

import { getLocale } from "next-intl/server";
import type { z } from "zod";
import { reviewSessionFor, type ReviewSession } from "../data/review";
import { prisma } from "../db/client";
import { LocaleSchema } from "../i18n/locales";
import { ensureProfile } from "../profile/ensure-profile";
import { undoLastReview } from "../review/undo-review";
import { UndoRatingInputSchema } from "../review/inputs";
import type { ActionResult } from "./result";
import { runAction } from "./run-action";

/** Takes back the last rating of today and shows that card again. */
export async function undoRating(input: z.input<typeof UndoRatingInputSchema>): Promise<ActionResult<ReviewSession>> {
  return runAction(UndoRatingInputSchema, input, async ({ undoId, scope }) => {
    const profileId = await ensureProfile();
    const lang = LocaleSchema.parse(await getLocale());
    const now = new Date();
    const { timeZone } = await prisma.profile.findUniqueOrThrow({ where: { id: profileId } });
    const { duplicate: _, ...card } = await undoLastReview(prisma, profileId, undoId, timeZone, now);
    const session = await reviewSessionFor(profileId, scope, lang, now, card);
    return session ?? (await reviewSessionFor(profileId, {}, lang, now))!;
  });
}
