import { jsonRows, jsonStrings, jsonTime } from "../db/json-rows";
import { join, sql } from "../db/sql";
import type { Db } from "../db/types";
import type { CardKey } from "./card-keys";
import { mergeHolds } from "./card-holds";
import type { CardActionKind, CardHold } from "./sync-protocol";
import { toDate, toDateOrNull } from "./sync-rows";

/*
 * The CardAction log's statements, raw like the rest of the sync (sync-sql.ts explains why). Actions are rare (a
 * learner suspends a handful of cards), so a card's latest one is picked in code from all of its rows, which avoids
 * comparing times stored as text on SQLite.
 */

type RawAction = CardKey & {
  id: string;
  action: CardActionKind;
  at: string | Date;
  until: string | Date | null;
};

const toHold = (r: RawAction): CardHold => ({
  questionId: r.questionId,
  clozeIndex: Number(r.clozeIndex),
  id: r.id,
  action: r.action,
  at: toDate(r.at).toISOString(),
  until: toDateOrNull(r.until)?.toISOString() ?? null,
});

/** Each card's latest suspend/unsuspend/bury (resets are not holds), for all the learner's cards or only these. */
export async function selectHolds(db: Db, profileId: string, keys?: readonly CardKey[]): Promise<CardHold[]> {
  if (keys?.length === 0) return [];
  const only = keys
    ? sql` AND (${join(
        keys.map((k) => sql`("questionId" = ${k.questionId} AND "clozeIndex" = ${k.clozeIndex})`),
        " OR ",
      )})`
    : sql``;
  const rows = await db.$queryRaw<RawAction[]>(sql`
    SELECT "id", "questionId", "clozeIndex", "action", "at", "until" FROM "CardAction"
    WHERE "profileId" = ${profileId} AND "action" <> 'reset'${only}`);
  return [...mergeHolds(new Map(), rows.map(toHold)).values()];
}

/** Which of these action ids are stored already, and under which learner. */
export function findKnownActions(db: Db, ids: readonly string[]): Promise<{ id: string; profileId: string }[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.$queryRaw(sql`SELECT "id", "profileId" FROM "CardAction" WHERE "id" IN ${jsonStrings(db, ids)}`);
}

/** Appends actions; an id stored already is left as it is (a retry). */
export async function writeCardActions(db: Db, profileId: string, holds: readonly CardHold[]): Promise<void> {
  if (holds.length === 0) return;
  const { columns, from } = jsonRows(
    db,
    holds.map((h) => [
      h.id,
      profileId,
      h.questionId,
      h.clozeIndex,
      h.action,
      jsonTime(db, new Date(h.at)),
      jsonTime(db, h.until ? new Date(h.until) : null),
    ]),
    ["text", "text", "text", "int", "text", "time", "time"],
  );
  await db.$executeRaw(sql`
    INSERT INTO "CardAction" ("id", "profileId", "questionId", "clozeIndex", "action", "at", "until")
    SELECT ${columns} FROM ${from} WHERE true
    ON CONFLICT DO NOTHING`);
}
