import { z } from "zod";

/** An IANA time zone as a browser reports it. */
export const TimeZoneSchema = z
  .string()
  .refine((tz) => isTimeZone(tz), "must be an IANA time zone such as Europe/Berlin or Asia/Shanghai");

/** The zone a profile has until its browser reports one (with the first rating): not where the learner is. */
export const DEFAULT_TIME_ZONE = "UTC";

/** A learner's study settings; the defaults are what a visitor gets before changing anything. */
export const LearnerSettingsSchema = z.object({
  dailyNewLimit: z.coerce
    .number()
    .int("must be a whole number")
    .min(0, "must be 0 or more")
    .max(500, "must be at most 500")
    .default(20),
  desiredRetention: z.coerce.number().min(0.7, "must be at least 0.70").max(0.97, "must be at most 0.97").default(0.9),
  timeZone: TimeZoneSchema.default(DEFAULT_TIME_ZONE),
});
export type LearnerSettings = z.infer<typeof LearnerSettingsSchema>;

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** The study settings form: both fields, each with its own message. */
export const UpdateStudySettingsInputSchema = LearnerSettingsSchema.pick({
  dailyNewLimit: true,
  desiredRetention: true,
}).required();
