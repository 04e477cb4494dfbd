import type { Db } from "../db/types";
import { profileIdForUser } from "./user-profile";

/**
 * Gives a new account the visitor's anonymous profile, with all its cards, reviews and quiz attempts: nothing is
 * copied, the profile simply gets an owner. A profile another account already owns is never taken; the account
 * then starts with a fresh one.
 */
export async function adoptAnonymousProfile(
  db: Db,
  userId: string,
  anonymousProfileId: string | undefined,
): Promise<string> {
  if (anonymousProfileId) {
    const adopted = await db.profile.updateMany({ where: { id: anonymousProfileId, userId: null }, data: { userId } });
    if (adopted.count === 1) return anonymousProfileId;
  }
  return profileIdForUser(db, userId);
}
