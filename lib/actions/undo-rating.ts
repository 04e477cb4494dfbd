"use server";

import type { z } from "zod";
import { reviewSessionFor, type ReviewSession } from "../data/review";
import { prisma } from "../db/client";
import { undoLastReview, UndoRatingInputSchema } from "../review/undo-review";
import { runAction } from "./run-action";

/** Takes back the last rating of today and shows that card again. */
export async function undoRating(input: z.input<typeof UndoRatingInputSchema>) {
  return runAction(
    UndoRatingInputSchema,
    input,
    async ({ data: { undoId, scope }, actor, now }): Promise<ReviewSession> => {
      const [profile, settings, { uiLang: lang, display }] = await Promise.all([
        actor.profile(),
        actor.settings(),
        actor.display(),
      ]);
      const { duplicate: _, ...card } = await undoLastReview(prisma, profile.id, undoId, settings.timeZone, now);
      const session = await reviewSessionFor(profile.id, scope, lang, now, { show: card, display, settings });
      return session ?? (await reviewSessionFor(profile.id, {}, lang, now, { display, settings }))!;
    },
  );
}
