"use server";

import type { z } from "zod";
import { reviewSessionFor, type ReviewSession } from "../data/review";
import { prisma } from "../db/client";
import { getContentDisplay } from "../data/preferences";
import { ensureProfile } from "../profile/ensure-profile";
import { undoLastReview } from "../review/undo-review";
import { UndoRatingInputSchema } from "../review/inputs";
import type { ActionResult } from "./result";
import { runAction } from "./run-action";

/** Takes back the last rating of today and shows that card again. */
export async function undoRating(input: z.input<typeof UndoRatingInputSchema>): Promise<ActionResult<ReviewSession>> {
  return runAction(UndoRatingInputSchema, input, async ({ undoId, scope }) => {
    const profileId = await ensureProfile();
    const { uiLang: lang, display } = await getContentDisplay();
    const now = new Date();
    const { timeZone } = await prisma.profile.findUniqueOrThrow({ where: { id: profileId } });
    const { duplicate: _, ...card } = await undoLastReview(prisma, profileId, undoId, timeZone, now);
    const session = await reviewSessionFor(profileId, scope, lang, now, card, display);
    return session ?? (await reviewSessionFor(profileId, {}, lang, now, undefined, display))!;
  });
}
