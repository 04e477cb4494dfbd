import { z } from "zod";

/** An interview plan as the dashboard's form sends it. */
export const SaveInterviewPlanInputSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date such as 2026-12-20"),
  scope: z
    .string()
    .regex(/^(all|(topic|tag|quiz):[a-z0-9][a-z0-9-]*)$/, "must be all, or a topic, tag or quiz set")
    .default("all"),
  targetRetention: z.coerce.number().min(0.7, "must be at least 0.70").max(0.99, "must be at most 0.99").default(0.9),
});

export const DeleteInterviewPlanInputSchema = z.object({ id: z.string().uuid() });

/** Optimise now, revert: no input beyond who asks. */
export const FsrsParametersInputSchema = z.object({});

/** "What if I do N new cards a day?" */
export const SimulateWorkloadInputSchema = z.object({
  newPerDay: z.coerce
    .number()
    .int("must be a whole number")
    .min(0, "must be 0 or more")
    .max(500, "must be at most 500"),
});
