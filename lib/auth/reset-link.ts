import type { Db } from "../db/types";

/**
 * The account a reset link is for, while it still works: better-auth keeps each token as a `verification` row
 * (`reset-password:<token>`, deleted once used) with its expiry. Null for a used, expired or made-up token.
 */
export async function liveResetLink(db: Db, token: string, now: Date): Promise<{ userId: string } | null> {
  const row = await db.verification.findFirst({
    where: { identifier: `reset-password:${token}`, expiresAt: { gt: now } },
    select: { value: true },
  });
  return row ? { userId: row.value } : null;
}
