import type { PrismaClient } from "@prisma/client";
import type { Db } from "../db/types";
import { RateLimitedError } from "../errors";

export type Limit = { max: number; windowSec: number };

/** Sign-in: 5 tries per account and 30 per address in 15 minutes — slow for a guesser, invisible to a person. */
export const SIGN_IN_PER_ACCOUNT: Limit = { max: 5, windowSec: 15 * 60 };
export const SIGN_IN_PER_IP: Limit = { max: 30, windowSec: 15 * 60 };
export const SIGN_UP_PER_IP: Limit = { max: 10, windowSec: 60 * 60 };

/**
 * Counts one try against each key (fixed windows, in the database so every app instance shares them) and
 * refuses with RateLimitedError once any key is over its limit.
 */
export async function consumeRateLimit(db: PrismaClient, keys: readonly [string, Limit][], now: Date): Promise<void> {
  let retryAfterSec = 0;
  await db.$transaction(async (tx) => {
    for (const [key, limit] of keys) {
      const row = await tx.rateLimit.findUnique({ where: { key } });
      if (!row || row.resetAt <= now) {
        await tx.rateLimit.upsert({
          where: { key },
          create: { key, count: 1, resetAt: new Date(now.getTime() + limit.windowSec * 1000) },
          update: { count: 1, resetAt: new Date(now.getTime() + limit.windowSec * 1000) },
        });
      } else {
        // Increment, then look: the increment is atomic, so two requests at once cannot both see "one left".
        const { count } = await tx.rateLimit.update({ where: { key }, data: { count: { increment: 1 } } });
        if (count > limit.max) retryAfterSec = Math.max(retryAfterSec, Math.ceil((row.resetAt.getTime() - now.getTime()) / 1000));
      }
    }
  });
  if (retryAfterSec > 0) throw new RateLimitedError(retryAfterSec);
}

/** A successful sign-in forgets the account's failed tries (the address's count stays). */
export async function clearRateLimit(db: Db, key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}

export const accountKey = (email: string) => `sign-in:account:${email.trim().toLowerCase()}`;
export const ipKey = (action: "sign-in" | "sign-up", ip: string) => `${action}:ip:${ip}`;
