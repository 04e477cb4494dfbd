import { sql } from "../db/sql";
import type { Db } from "../db/types";
import { usableWeights } from "./scheduler";
import type { PlanRow } from "./plan-windows";
import { toDate } from "./sync-rows";

/** Due times of the learner's cards from `since` on: the load balancing's input (one raw read). */
export async function selectDueTimes(
  db: Db,
  profileId: string,
  since: Date,
): Promise<{ questionId: string; clozeIndex: number; due: Date }[]> {
  const rows = await db.$queryRaw<{ questionId: string; clozeIndex: number; due: string | Date }[]>(sql`
    SELECT "questionId", "clozeIndex", "due" FROM "Card" WHERE "profileId" = ${profileId} AND "due" >= ${since}`);
  return rows.map((r) => ({ questionId: r.questionId, clozeIndex: Number(r.clozeIndex), due: toDate(r.due) }));
}

type ScheduleRow = { kind: string; a: string | null; b: string | null; c: string | null; d: number | null };

export type StoredSchedule = {
  weights: number[] | null;
  plans: PlanRow[];
  /** Ratings the learner's cards have had (their reps: cheaper than counting the log), and at the last fit. */
  reviews: number;
  fitReviews: number;
};

/**
 * The learner's own FSRS parameters (null: the defaults), interview plans (soonest first) and how far their log
 * has grown since the last fit, in one statement: a sync request pays for one read, not three.
 */
export async function selectSchedule(db: Db, profileId: string): Promise<StoredSchedule> {
  const rows = await db.$queryRaw<ScheduleRow[]>(sql`
    SELECT 'w' AS "kind", "weights" AS "a", NULL AS "b", NULL AS "c", "reviews" AS "d" FROM "FsrsParameters"
    WHERE "profileId" = ${profileId}
    UNION ALL
    SELECT 'p', "id", "date", "scope", "targetRetention" FROM "InterviewPlan" WHERE "profileId" = ${profileId}
    UNION ALL
    SELECT 'n', NULL, NULL, NULL, SUM("reps") FROM "Card" WHERE "profileId" = ${profileId}`);
  const fitRow = rows.find((r) => r.kind === "w");
  const raw = fitRow?.a;
  const plans = rows
    .filter((r) => r.kind === "p")
    .map((r) => ({ id: r.a!, date: r.b!, scope: r.c!, targetRetention: Number(r.d) }))
    .sort((x, y) => x.date.localeCompare(y.date) || x.id.localeCompare(y.id));
  return {
    weights: raw ? (usableWeights(JSON.parse(raw) as number[]) ?? null) : null,
    plans,
    reviews: Number(rows.find((r) => r.kind === "n")?.d ?? 0),
    fitReviews: Number(fitRow?.d ?? 0),
  };
}
