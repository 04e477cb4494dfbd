import type { Db } from "../db/types";
import { NotFoundError } from "../errors";
import type { SaveInterviewPlanInputSchema } from "./schemas";
import type { z } from "zod";

/** Plans per learner: a few interview dates, not a calendar. */
export const MAX_PLANS = 5;

/** Adds an interview plan (a new date recomputes everything from it: plans are read afresh on every page). */
export async function saveInterviewPlan(
  db: Db,
  profileId: string,
  input: z.infer<typeof SaveInterviewPlanInputSchema>,
  id: string,
): Promise<{ id: string }> {
  const existing = await db.interviewPlan.findMany({ where: { profileId }, orderBy: { date: "asc" } });
  // The same date and scope again replaces the old plan's target; past the limit the oldest date goes.
  const same = existing.find((p) => p.date === input.date && p.scope === input.scope);
  if (same) {
    await db.interviewPlan.update({ where: { id: same.id }, data: { targetRetention: input.targetRetention } });
    return { id: same.id };
  }
  if (existing.length >= MAX_PLANS) await db.interviewPlan.delete({ where: { id: existing[0]!.id } });
  await db.interviewPlan.create({ data: { id, profileId, ...input } });
  return { id };
}

export async function deleteInterviewPlan(db: Db, profileId: string, id: string): Promise<void> {
  const { count } = await db.interviewPlan.deleteMany({ where: { id, profileId } });
  if (count === 0) throw new NotFoundError("plan", id);
}
