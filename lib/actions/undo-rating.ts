"use server";

import type { z } from "zod";
import { reviewSessionFor, type ReviewSession } from "../data/review";
import { prisma } from "../db/client";
import { getContentDisplay } from "../data/preferences";
import { ensureProfileRow } from "../profile/ensure-profile";
import { LearnerSettingsSchema } from "../profile/settings";
import { undoLastReview } from "../review/undo-review";
import { UndoRatingInputSchema } from "../review/inputs";
import type { ActionResult } from "./result";
import { runAction } from "./run-action";

/** Takes back the last rating of today and shows that card again. */
export async function undoRating(input: z.input<typeof UndoRatingInputSchema>): Promise<ActionResult<ReviewSession>> {
  return runAction(UndoRatingInputSchema, input, async ({ undoId, scope }) => {
    const now = new Date();
    const profile = await ensureProfileRow(now);
    const settings = LearnerSettingsSchema.parse(profile);
    const { uiLang: lang, display } = await getContentDisplay();
    const { duplicate: _, ...card } = await undoLastReview(prisma, profile.id, undoId, settings.timeZone, now);
    const session = await reviewSessionFor(profile.id, scope, lang, now, { show: card, display, settings });
    return session ?? (await reviewSessionFor(profile.id, {}, lang, now, { display, settings }))!;
  });
}
