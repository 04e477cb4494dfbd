import { z } from "zod";
import type { Db } from "../db/types";

/**
 * An anonymous learner's "Reset my progress": their profile row goes, and with it (cascades) every card, rating,
 * attempt, typed answer, mock interview, grading and plan. Only a profile no account owns can be reset this way
 * (an account's progress goes with "Delete my account"); resetting twice, or a profile already gone, changes nothing.
 */
export async function resetAnonymousProgress(db: Db, profileId: string): Promise<{ reset: boolean }> {
  const { count } = await db.profile.deleteMany({ where: { id: profileId, userId: null } });
  return { reset: count > 0 };
}

/** The reset takes nothing but the visitor's own cookie: there is no id to send, so none to forge. */
export const ResetProgressInputSchema = z.strictObject({});
