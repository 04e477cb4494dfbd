import type { Db } from "../db/types";
import { newProfileId } from "../profile/cookie";

/**
 * The profile holding an account's progress, created if the account has none yet (accounts made by
 * `npm run user:role`'s seed or the demo seed, or a profile lost to a reset): every account always has one.
 */
export async function profileIdForUser(db: Db, userId: string): Promise<string> {
  const existing = await db.profile.findUnique({ where: { userId }, select: { id: true } });
  if (existing) return existing.id;
  const created = await db.profile.upsert({ where: { userId }, create: { id: newProfileId(), userId }, update: {}, select: { id: true } });
  return created.id;
}
