import { jsonRows, jsonStrings, jsonTime, type ColumnType } from "../db/json-rows";
import { join, sql } from "../db/sql";
import type { Db } from "../db/types";
import type { CardKey } from "./card-keys";
import { keyOf, toDate, toDateOrNull, type CardRow, type ReviewRow, type UndoRow } from "./sync-rows";

/*
 * The sync service's statements, raw: Prisma compiles every ORM query in WASM on every call (about 1.3 ms of CPU),
 * a raw one costs a fraction of that, and one multi-row statement replaces a query per row; lists and rows travel
 * as one JSON parameter each (lib/db/json-rows.ts). Every name is quoted, so the same text runs on SQLite and on
 * PostgreSQL (which folds unquoted names to lower case). Each statement is composed whole and passed as one object:
 * the PostgreSQL client is generated separately and would not recognise a fragment nested in its own template.
 */

/** Rows per statement: bounds one JSON parameter to a few hundred KB. */
const CHUNK = 1000;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

const keyMatch = (keys: readonly CardKey[]) =>
  join(
    keys.map((k) => sql`("questionId" = ${k.questionId} AND "clozeIndex" = ${k.clozeIndex})`),
    " OR ",
  );

/** What the database already holds under the batch's ids: reviews (with their undo) and undos (with their review). */
export type KnownId = {
  kind: "review" | "undo";
  id: string;
  profileId: string;
  questionId: string;
  clozeIndex: number;
  /** For a review, the id of the undo that took it back; for an undo, the review it took back. */
  other: string | null;
};

export async function findKnownIds(db: Db, reviewIds: string[], undoIds: string[]): Promise<KnownId[]> {
  if (reviewIds.length === 0 && undoIds.length === 0) return [];
  const reviews = sql`
    SELECT 'review' AS kind, r."id", r."profileId", r."questionId", r."clozeIndex", u."id" AS other
    FROM "Review" r LEFT JOIN "ReviewUndo" u ON u."reviewId" = r."id"
    WHERE r."id" IN ${jsonStrings(db, reviewIds)}`;
  if (undoIds.length === 0) return db.$queryRaw<KnownId[]>(reviews);
  return db.$queryRaw<KnownId[]>(sql`${reviews}
    UNION ALL
    SELECT 'undo' AS kind, u."id", r."profileId", r."questionId", r."clozeIndex", u."reviewId" AS other
    FROM "ReviewUndo" u JOIN "Review" r ON r."id" = u."reviewId"
    WHERE u."id" IN ${jsonStrings(db, undoIds)}`);
}

type RawCard = Omit<CardRow, "due" | "lastReview"> & { due: string | Date; lastReview: string | Date | null };

/**
 * The learner's cards of these questions (every cloze of each), and when each was last reset (its progress
 * forgotten: ratings up to then no longer count), in one read: the resets ride along as rows of their own (state
 * -1, the time in "due"), so a batch of ratings costs no extra statement to learn whether a late one predates a reset.
 */
export async function selectCards(
  db: Db,
  profileId: string,
  questionIds: string[],
): Promise<{ cards: CardRow[]; resets: Map<string, Date> }> {
  const resets = new Map<string, Date>();
  if (questionIds.length === 0) return { cards: [], resets };
  const ids = jsonStrings(db, questionIds);
  const rows = await db.$queryRaw<RawCard[]>(sql`
    SELECT "questionId", "clozeIndex", "due", "stability", "difficulty", "elapsedDays", "scheduledDays",
           "learningSteps", "reps", "lapses", "state", "lastReview", "contentHash", "contentLang"
    FROM "Card" WHERE "profileId" = ${profileId} AND "questionId" IN ${ids}
    UNION ALL
    SELECT "questionId", "clozeIndex", "at", 0, 0, 0, 0, 0, 0, 0, -1, NULL, '', ''
    FROM "CardAction" WHERE "profileId" = ${profileId} AND "action" = 'reset' AND "questionId" IN ${ids}`);
  const cards: CardRow[] = [];
  for (const r of rows) {
    const row = {
      ...r,
      clozeIndex: Number(r.clozeIndex),
      state: Number(r.state),
      due: toDate(r.due),
      lastReview: toDateOrNull(r.lastReview),
    };
    if (row.state !== -1) cards.push(row);
    else if (!(resets.get(keyOf(row))! >= row.due)) resets.set(keyOf(row), row.due);
  }
  return { cards, resets };
}

type RawReview = Omit<ReviewRow, "reviewedAt" | "due" | "dueBefore"> & {
  reviewedAt: string | Date;
  due: string | Date;
  dueBefore: string | Date;
};

/** Every rating of these cards not taken back: what a full replay starts from. */
export async function selectLiveReviews(db: Db, profileId: string, keys: readonly CardKey[]): Promise<ReviewRow[]> {
  if (keys.length === 0) return [];
  const rows = await db.$queryRaw<RawReview[]>(sql`
    SELECT r."id", r."questionId", r."clozeIndex", r."rating", r."reviewedAt", r."contentHash", r."contentLang",
           r."state", r."due", r."dueBefore", r."stability", r."difficulty", r."elapsedDays", r."lastElapsedDays",
           r."scheduledDays", r."learningSteps"
    FROM "Review" r
    WHERE r."profileId" = ${profileId} AND (${keyMatch(keys)})
      AND NOT EXISTS (SELECT 1 FROM "ReviewUndo" u WHERE u."reviewId" = r."id")`);
  return rows.map((r) => ({
    ...r,
    reviewedAt: toDate(r.reviewedAt),
    due: toDate(r.due),
    dueBefore: toDate(r.dueBefore),
  }));
}

const REVIEW_TYPES: ColumnType[] = [
  ...(["text", "text", "text", "int", "int", "time", "text", "text", "int", "time", "time"] as const),
  ...(["float", "float", "int", "int", "int", "int"] as const),
];

/**
 * Appends new reviews and rewrites the log columns of replayed ones, in one statement per chunk. The update only
 * ever touches this learner's rows: an id another learner holds was refused before this point. (`WHERE true`: SQLite
 * needs a WHERE before ON CONFLICT in an INSERT … SELECT, or it would read ON as a join's.)
 */
export async function writeReviews(db: Db, profileId: string, rows: readonly ReviewRow[]): Promise<void> {
  for (const part of chunks(rows)) {
    const { columns, from } = jsonRows(
      db,
      part.map((r) => [
        r.id,
        profileId,
        r.questionId,
        r.clozeIndex,
        r.rating,
        jsonTime(db, r.reviewedAt),
        r.contentHash,
        r.contentLang,
        r.state,
        jsonTime(db, r.due),
        jsonTime(db, r.dueBefore),
        r.stability,
        r.difficulty,
        r.elapsedDays,
        r.lastElapsedDays,
        r.scheduledDays,
        r.learningSteps,
      ]),
      REVIEW_TYPES,
    );
    await db.$executeRaw(sql`
      INSERT INTO "Review" ("id", "profileId", "questionId", "clozeIndex", "rating", "reviewedAt", "contentHash",
        "contentLang", "state", "due", "dueBefore", "stability", "difficulty", "elapsedDays", "lastElapsedDays",
        "scheduledDays", "learningSteps")
      SELECT ${columns} FROM ${from} WHERE true
      ON CONFLICT ("id") DO UPDATE SET "state" = excluded."state", "due" = excluded."due",
        "dueBefore" = excluded."dueBefore", "stability" = excluded."stability", "difficulty" = excluded."difficulty",
        "elapsedDays" = excluded."elapsedDays", "lastElapsedDays" = excluded."lastElapsedDays",
        "scheduledDays" = excluded."scheduledDays", "learningSteps" = excluded."learningSteps"
      WHERE "Review"."profileId" = excluded."profileId"`);
  }
}

export async function writeUndos(db: Db, rows: readonly UndoRow[]): Promise<void> {
  for (const part of chunks(rows)) {
    const data = part.map((u) => [u.id, u.reviewId, jsonTime(db, u.createdAt)]);
    const { columns, from } = jsonRows(db, data, ["text", "text", "time"]);
    await db.$executeRaw(sql`
      INSERT INTO "ReviewUndo" ("id", "reviewId", "createdAt") SELECT ${columns} FROM ${from} WHERE true
      ON CONFLICT DO NOTHING`);
  }
}

const CARD_TYPES: ColumnType[] = [
  ...(["text", "text", "int", "time", "float", "float", "int", "int"] as const),
  ...(["int", "int", "int", "int", "time", "text", "text"] as const),
];

/** Inserts or replaces the derived state of these cards. */
export async function writeCards(db: Db, profileId: string, cards: readonly CardRow[]): Promise<void> {
  for (const part of chunks(cards)) {
    const { columns, from } = jsonRows(
      db,
      part.map((c) => [
        profileId,
        c.questionId,
        c.clozeIndex,
        jsonTime(db, c.due),
        c.stability,
        c.difficulty,
        c.elapsedDays,
        c.scheduledDays,
        c.learningSteps,
        c.reps,
        c.lapses,
        c.state,
        jsonTime(db, c.lastReview),
        c.contentHash,
        c.contentLang,
      ]),
      CARD_TYPES,
    );
    await db.$executeRaw(sql`
      INSERT INTO "Card" ("profileId", "questionId", "clozeIndex", "due", "stability", "difficulty", "elapsedDays",
        "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview", "contentHash", "contentLang")
      SELECT ${columns} FROM ${from} WHERE true
      ON CONFLICT ("profileId", "questionId", "clozeIndex") DO UPDATE SET "due" = excluded."due",
        "stability" = excluded."stability", "difficulty" = excluded."difficulty",
        "elapsedDays" = excluded."elapsedDays", "scheduledDays" = excluded."scheduledDays",
        "learningSteps" = excluded."learningSteps", "reps" = excluded."reps", "lapses" = excluded."lapses",
        "state" = excluded."state", "lastReview" = excluded."lastReview", "contentHash" = excluded."contentHash",
        "contentLang" = excluded."contentLang"`);
  }
}

/** Cards whose every rating was taken back: unseen again. */
export async function deleteCards(db: Db, profileId: string, keys: readonly CardKey[]): Promise<void> {
  if (keys.length === 0) return;
  await db.$executeRaw(sql`DELETE FROM "Card" WHERE "profileId" = ${profileId} AND (${keyMatch(keys)})`);
}
