import type { Profile } from "@prisma/client";
import type { Db } from "../db/types";
import { newProfileId } from "../profile/cookie";

/**
 * The profile holding an account's progress, created if the account has none yet (accounts made by
 * `npm run user:role`'s seed or the demo seed, or a profile lost to a reset): every account always has one.
 * The whole row, so a request that needs the learner's settings too reads it once.
 */
export async function profileForUser(db: Db, userId: string): Promise<Profile> {
  const existing = await db.profile.findUnique({ where: { userId } });
  if (existing) return existing;
  return db.profile.upsert({ where: { userId }, create: { id: newProfileId(), userId }, update: {} });
}

export async function profileIdForUser(db: Db, userId: string): Promise<string> {
  return (await profileForUser(db, userId)).id;
}
