import type { PrismaClient } from "@prisma/client";
import { takeTurns } from "../db/take-turns";
import type { Db } from "../db/types";
import { RateLimitedError, type RateLimitReason } from "../errors";

export type Limit = { max: number; windowSec: number };

/** Sign-in: 5 tries per account in 15 minutes — slow for a guesser, invisible to a person. */
export const SIGN_IN_PER_ACCOUNT: Limit = { max: 5, windowSec: 15 * 60 };

/**
 * Join codes, per account and per address: 10 codes that match no class in 10 minutes. A shared link never
 * misses, a typed code is normalised and a malformed one is refused before any lookup, so a person rarely
 * spends even one; a guesser (31^8 ≈ 8.5 × 10^11 codes) gets nowhere.
 */
export const JOIN_CODE_MISSES: Limit = { max: 10, windowSec: 10 * 60 };

/** The join-code keys: the address always, and the account when someone is signed in. */
export const joinCodeKeys = (ip: string, userId?: string): LimitKeys => [
  ...(userId ? [[`join:account:${userId}`, JOIN_CODE_MISSES] as const] : []),
  [`join:ip:${ip}`, JOIN_CODE_MISSES],
];

/**
 * Per address, sign-in tries per 15 minutes and sign-ups per hour. Generous by default (AUTH_IP_LIMIT, 100): a
 * whole class behind one university NAT signs up in the same lesson. The per-account limit stops guessing.
 */
export const perIpLimits = (max: number) =>
  ({ signIn: { max, windowSec: 15 * 60 }, signUp: { max, windowSec: 60 * 60 } }) satisfies Record<string, Limit>;

/** Keys with their limits, e.g. one per account and one per address. */
export type LimitKeys = readonly (readonly [string, Limit])[];

/** Counts one try against a key (a window that has ended starts again at 1); the count now and when the window ends. */
async function countTry(tx: Db, key: string, limit: Limit, now: Date): Promise<{ count: number; resetAt: Date }> {
  const row = await tx.rateLimit.findUnique({ where: { key } });
  if (!row || row.resetAt <= now) {
    const resetAt = new Date(now.getTime() + limit.windowSec * 1000);
    await tx.rateLimit.upsert({ where: { key }, create: { key, count: 1, resetAt }, update: { count: 1, resetAt } });
    return { count: 1, resetAt };
  }
  // Increment, then look: the increment is atomic, so two requests at once cannot both see "one left".
  const { count } = await tx.rateLimit.update({ where: { key }, data: { count: { increment: 1 } } });
  return { count, resetAt: row.resetAt };
}

const secondsUntil = (resetAt: Date, now: Date) => Math.ceil((resetAt.getTime() - now.getTime()) / 1000);

/**
 * Counts one try against each key (fixed windows, in the database so every app instance shares them) and
 * refuses with RateLimitedError once any key is over its limit. `onLockout` runs in the same transaction for the
 * first refused try of a key's window (a lockout starting), so it is told once per lockout, not once per try.
 */
export async function consumeRateLimit(
  db: PrismaClient,
  keys: LimitKeys,
  now: Date,
  onLockout?: (tx: Db, key: string) => Promise<void>,
): Promise<void> {
  let retryAfterSec = 0;
  await db.$transaction(async (tx) => {
    for (const [key, limit] of keys) {
      // Tries at the same moment on any instance count one after another (a window reset included).
      await takeTurns(tx, `rate-limit:${key}`);
      const { count, resetAt } = await countTry(tx, key, limit, now);
      if (count > limit.max) retryAfterSec = Math.max(retryAfterSec, secondsUntil(resetAt, now));
      if (count === limit.max + 1) await onLockout?.(tx, key);
    }
  });
  if (retryAfterSec > 0) throw new RateLimitedError(retryAfterSec);
}

/**
 * For guesses where only a miss counts (a join code: the hit is what a person came for, and a class joining
 * behind one address must not use up the address's tries). `attempt` runs in the same transaction, after every
 * key has been found under its limit; its `undefined` is a miss and counts against each key. The keys' turns are
 * held until the end, so guesses sent at once are checked one after another and cannot all pass the check.
 */
export async function limitMisses<T>(
  db: PrismaClient,
  keys: LimitKeys,
  now: Date,
  reason: RateLimitReason,
  attempt: (tx: Db) => Promise<T | undefined>,
): Promise<T | undefined> {
  let retryAfterSec = 0;
  const result = await db.$transaction(async (tx) => {
    for (const [key, limit] of keys) {
      await takeTurns(tx, `rate-limit:${key}`);
      const row = await tx.rateLimit.findUnique({ where: { key } });
      if (row && row.resetAt > now && row.count >= limit.max)
        retryAfterSec = Math.max(retryAfterSec, secondsUntil(row.resetAt, now));
    }
    if (retryAfterSec > 0) return undefined;
    const value = await attempt(tx);
    if (value === undefined) for (const [key, limit] of keys) await countTry(tx, key, limit, now);
    return value;
  });
  if (retryAfterSec > 0) throw new RateLimitedError(retryAfterSec, reason);
  return result;
}

/** A successful sign-in forgets the account's failed tries (the address's count stays). */
export async function clearRateLimit(db: Db, key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}

export const accountKey = (email: string) => `sign-in:account:${email.trim().toLowerCase()}`;
export const ipKey = (action: "sign-in" | "sign-up" | "password-reset", ip: string) => `${action}:ip:${ip}`;

/** Reset links asked for one address: limited like sign-in tries, so nobody floods someone's inbox. */
export const resetRequestKey = (email: string) => `password-reset:account:${email.trim().toLowerCase()}`;

/** Current-password checks and email changes of one account: a borrowed session cannot guess the password. */
export const accountChangeKey = (userId: string, what: "password" | "email") => `change-${what}:account:${userId}`;
