import type { Db } from "./types";
import { providerOf } from "./provider";

/**
 * Makes transactions that name the same key run one after another, until the current transaction ends. Needed
 * for read-then-write steps (rate a card from its stored state, count a try): SQLite already runs one writing
 * transaction at a time, but PostgreSQL runs them side by side, where both could read the same state and one
 * update would be lost. A transaction-scoped advisory lock on the key's hash; a collision only means more waiting.
 */
export async function takeTurns(tx: Db, key: string): Promise<void> {
  if (providerOf(tx) !== "postgresql") return;
  // $executeRaw: the function returns `void`, a type the pg adapter cannot read back as a row.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
}
