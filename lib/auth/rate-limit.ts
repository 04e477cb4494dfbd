import type { PrismaClient } from "@prisma/client";
import { takeTurns } from "../db/take-turns";
import type { Db } from "../db/types";
import { RateLimitedError } from "../errors";

export type Limit = { max: number; windowSec: number };

/** Sign-in: 5 tries per account in 15 minutes — slow for a guesser, invisible to a person. */
export const SIGN_IN_PER_ACCOUNT: Limit = { max: 5, windowSec: 15 * 60 };

/**
 * Per address, sign-in tries per 15 minutes and sign-ups per hour. Generous by default (AUTH_IP_LIMIT, 100): a
 * whole class behind one university NAT signs up in the same lesson. The per-account limit stops guessing.
 */
export const perIpLimits = (max: number) =>
  ({ signIn: { max, windowSec: 15 * 60 }, signUp: { max, windowSec: 60 * 60 } }) satisfies Record<string, Limit>;

/**
 * Counts one try against each key (fixed windows, in the database so every app instance shares them) and
 * refuses with RateLimitedError once any key is over its limit.
 */
export async function consumeRateLimit(
  db: PrismaClient,
  keys: readonly (readonly [string, Limit])[],
  now: Date,
): Promise<void> {
  let retryAfterSec = 0;
  await db.$transaction(async (tx) => {
    for (const [key, limit] of keys) {
      // Tries at the same moment on any instance count one after another (a window reset included).
      await takeTurns(tx, `rate-limit:${key}`);
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
        if (count > limit.max)
          retryAfterSec = Math.max(retryAfterSec, Math.ceil((row.resetAt.getTime() - now.getTime()) / 1000));
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
