import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db/types";

const ACCOUNT = "sign-in:account:";
const ADDRESS = "sign-in:ip:";

/**
 * Records a sign-in lockout starting (rate-limit.ts calls it once per window): which account email or which
 * address was locked. The email is the one typed, whether or not it has an account; nothing else of the try
 * (never the password) is kept.
 */
export async function recordSignInLockout(db: Db, key: string, now: Date): Promise<void> {
  const [scope, subject] = key.startsWith(ACCOUNT)
    ? (["account", key.slice(ACCOUNT.length)] as const)
    : key.startsWith(ADDRESS)
      ? (["address", key.slice(ADDRESS.length)] as const)
      : [undefined, ""];
  if (!scope) return;
  const user =
    scope === "account" ? await db.user.findUnique({ where: { email: subject }, select: { id: true } }) : null;
  await recordAuditEvent(db, now, {
    kind: "sign_in_lockout",
    actorId: null,
    targetId: user?.id ?? null,
    details: { scope, subject },
  });
}
