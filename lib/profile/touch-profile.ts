import type { Profile } from "@prisma/client";
import type { Db } from "../db/types";

/**
 * How out of date `lastSeenAt` may be. It tells whether an anonymous profile is still in use, which an hour's
 * precision answers as well as a second's, and rewriting it on every action cost each action a write.
 */
export const LAST_SEEN_RESOLUTION_MS = 60 * 60_000;

/**
 * An anonymous profile's row as of this visit: read once, created if it is missing (a first visit, or a valid
 * cookie whose row a reset database lost), and marked as seen when the mark is older than the resolution.
 */
export async function touchProfile(db: Db, id: string, now: Date, known = true): Promise<Profile> {
  const row = known ? await db.profile.findUnique({ where: { id } }) : null;
  if (row && now.getTime() - row.lastSeenAt.getTime() < LAST_SEEN_RESOLUTION_MS) return row;
  // upsert: two first requests of one cookie may race; both end with the same row.
  return db.profile.upsert({
    where: { id },
    create: { id, createdAt: now, lastSeenAt: now },
    update: { lastSeenAt: now },
  });
}
