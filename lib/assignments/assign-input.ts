import { z } from "zod";
import { KebabIdSchema } from "../content/schemas/common";
import { TimeZoneSchema } from "../preferences/study-settings";
import { isLocalDateTime, localToUtc } from "./local-time";

// An empty datetime-local field sends "", which is refused here, as is a date the calendar does not have.
const LocalDateTimeSchema = z.string("must be a date and time").refine(isLocalDateTime, "must be a date and time");

export const AssignmentSourceSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("set"), slug: KebabIdSchema }),
  z.strictObject({
    kind: z.literal("custom"),
    topics: z.array(KebabIdSchema).max(50).default([]),
    tags: z.array(KebabIdSchema).max(50).default([]),
    /** Questions named one by one; each must exist. */
    ids: z.array(z.string().trim().min(1).max(200)).max(100, "must list at most 100 questions").default([]),
    count: z
      .number("must be a number")
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .max(100, "must be at most 100"),
  }),
]);
export type AssignmentSource = z.infer<typeof AssignmentSourceSchema>;

export const FeedbackSchema = z.enum(["immediate", "after-due"]);
export type Feedback = z.infer<typeof FeedbackSchema>;

/**
 * The "Assign quiz" form. Dates arrive as the instructor's wall-clock times with their browser's time zone and
 * leave as instants; a due date not after the opening is an error on the due date's field.
 */
export const AssignInputSchema = z
  .strictObject({
    classId: z.string().min(1).max(100),
    title: z.string().trim().max(200, "must be at most 200 characters").optional(),
    source: AssignmentSourceSchema,
    opensAt: LocalDateTimeSchema,
    dueAt: LocalDateTimeSchema,
    timeZone: TimeZoneSchema.default("UTC"),
    timeLimitMin: z
      .number("must be a number")
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .max(600, "must be at most 600")
      .optional(),
    maxAttempts: z
      .number("must be a number")
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .max(10, "must be at most 10")
      .default(1),
    feedback: FeedbackSchema,
  })
  .superRefine(
    (v, ctx) => {
      if (localToUtc(v.dueAt, v.timeZone) <= localToUtc(v.opensAt, v.timeZone))
        ctx.addIssue({ code: "custom", path: ["dueAt"], message: "must be after the opening time" });
    },
    // Only once every field is valid: zod would otherwise run this after a failed refinement (an unknown zone, an
    // empty date), and localToUtc throws on those, a 500 instead of the field's own message.
    { when: (payload) => payload.issues.length === 0 },
  )
  .transform(({ opensAt, dueAt, timeZone, title, ...rest }) => ({
    ...rest,
    timeZone,
    title: title || undefined,
    opensAt: localToUtc(opensAt, timeZone),
    dueAt: localToUtc(dueAt, timeZone),
  }));
export type AssignInput = z.output<typeof AssignInputSchema>;
