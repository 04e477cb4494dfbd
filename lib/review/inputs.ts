import { z } from "zod";
import { LearnerSettingsSchema } from "../profile/settings";
import { ReviewScopeSchema } from "./scope";

/** What the review screen sends to rate the card on screen. */
export const RateCardInputSchema = z.object({
  reviewId: z.uuid("must be a UUID made by the client"),
  questionId: z.string().min(1, "must name a question"),
  clozeIndex: z.number().int().min(0),
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], "must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)"),
  scope: ReviewScopeSchema,
  /** The browser's time zone: where this learner's study day starts. */
  timeZone: LearnerSettingsSchema.shape.timeZone.optional(),
});

export const UndoRatingInputSchema = z.object({ undoId: z.uuid("must be a UUID made by the client"), scope: ReviewScopeSchema });
