import type { Profile } from "@prisma/client";
import type { Db } from "../db/types";

/**
 * How out of date `lastSeenAt` may be. It tells whether an anonymous profile is still in use, which an hour's
 * precision answers as well as a second's, and rewriting it on every action cost each action a write.
 */
export const LAST_SEEN_RESOLUTION_MS = 60 * 60_000;

/*
 * An anonymous cookie only ever reaches a profile no account owns. Once sign-up adopts a profile, its old cookie
 * value (left in a shared browser, or copied) must not read or write the account's progress and class work, even
 * after "sign out of all devices": only a session reaches an owned profile. The owner is checked on the row the
 * lookup reads anyway (`userId`), so the check costs no query.
 */
const anonymous = (row: Profile | null): Profile | undefined => (row && row.userId === null ? row : undefined);

/** For reads (pages): the anonymous profile a cookie names, or undefined when it is missing or owned. */
export async function anonymousProfileRow(db: Db, id: string): Promise<Profile | undefined> {
  return anonymous(await db.profile.findUnique({ where: { id } }));
}

/**
 * For writes: the anonymous profile a cookie names as of this visit, read once, created if it is missing (a valid
 * cookie whose row a reset database lost), and marked as seen when the mark is older than the resolution; undefined
 * when an account owns it (then nothing is written to it, unless it was adopted between this read and that mark).
 */
export async function touchAnonymousProfile(db: Db, id: string, now: Date): Promise<Profile | undefined> {
  const row = await db.profile.findUnique({ where: { id } });
  if (row && row.userId !== null) return undefined;
  if (row && now.getTime() - row.lastSeenAt.getTime() < LAST_SEEN_RESOLUTION_MS) return row;
  // upsert: two first requests of one cookie may race; both end with the same row. Adopted since the read (this
  // browser's sign-up finishing at that moment) means owned all the same.
  return anonymous(
    await db.profile.upsert({
      where: { id },
      create: { id, createdAt: now, lastSeenAt: now },
      update: { lastSeenAt: now },
    }),
  );
}

/** A first-time visitor's profile, on their first write. */
export async function createAnonymousProfile(db: Db, id: string, now: Date): Promise<Profile> {
  return db.profile.create({ data: { id, createdAt: now, lastSeenAt: now } });
}
