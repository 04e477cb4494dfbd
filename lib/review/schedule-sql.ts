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

/**
 * The learner's own FSRS parameters (null: the defaults) and interview plans (soonest first), in one statement:
 * a sync request pays for one read, not two.
 */
export async function selectSchedule(
  db: Db,
  profileId: string,
): Promise<{ weights: number[] | null; plans: PlanRow[] }> {
  const rows = await db.$queryRaw<ScheduleRow[]>(sql`
    SELECT 'w' AS "kind", "weights" AS "a", NULL AS "b", NULL AS "c", NULL AS "d" FROM "FsrsParameters"
    WHERE "profileId" = ${profileId}
    UNION ALL
    SELECT 'p', "id", "date", "scope", "targetRetention" FROM "InterviewPlan" WHERE "profileId" = ${profileId}`);
  const raw = rows.find((r) => r.kind === "w")?.a;
  const plans = rows
    .filter((r) => r.kind === "p")
    .map((r) => ({ id: r.a!, date: r.b!, scope: r.c!, targetRetention: Number(r.d) }))
    .sort((x, y) => x.date.localeCompare(y.date) || x.id.localeCompare(y.id));
  return { weights: raw ? (usableWeights(JSON.parse(raw) as number[]) ?? null) : null, plans };
}
