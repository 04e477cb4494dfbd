import type { Db } from "../db/types";
import { providerOf } from "../db/provider";
import type { StudyDay } from "./study-days";

/** One row per study day that has reviews or not: its index in `days` and a JSON [reviews, mature, matureAgain]. */
export type TallyRow = { day: number | bigint; counts: string };

type Rules = { reviewState: number; matureDays: number; again: number };

/** How the SQLite adapter stores a DateTime (its default "iso8601" format): text that sorts like the instants. */
const sqliteTimestamp = (d: Date) => d.toISOString().replace("Z", "+00:00");

/**
 * The per-day counts need a list of day bounds inside the query, and each database spells that differently
 * (json_each against json_array_elements … WITH ORDINALITY), so this is the one query written once per provider.
 * Both count per day with a range scan of the covering Review index.
 */
export function reviewTallyRows(db: Db, profileId: string, days: StudyDay[], rules: Rules): Promise<TallyRow[]> {
  const { reviewState, matureDays, again } = rules;
  if (providerOf(db) === "postgresql") {
    // Prisma keeps DateTime as timestamp(3) in UTC; an ISO string cast to timestamp reads the same instant.
    const bounds = JSON.stringify(days.map((d) => [d.start.toISOString(), d.end.toISOString()]));
    return db.$queryRaw<TallyRow[]>`
      SELECT (d.ord - 1)::int AS day, c.counts::text AS counts
      FROM json_array_elements(${bounds}::json) WITH ORDINALITY AS d(value, ord)
      CROSS JOIN LATERAL (
        SELECT json_build_array(COUNT(*),
                                COUNT(*) FILTER (WHERE r.state = ${reviewState} AND r."scheduledDays" >= ${matureDays}),
                                COUNT(*) FILTER (WHERE r.state = ${reviewState} AND r."scheduledDays" >= ${matureDays} AND r.rating = ${again})) AS counts
        FROM "Review" r
        WHERE r."profileId" = ${profileId} AND r."reviewedAt" >= (d.value->>0)::timestamp AND r."reviewedAt" < (d.value->>1)::timestamp
          AND NOT EXISTS (SELECT 1 FROM "ReviewUndo" u WHERE u."reviewId" = r.id)
      ) c`;
  }
  const bounds = JSON.stringify(days.map((d) => [sqliteTimestamp(d.start), sqliteTimestamp(d.end)]));
  return db.$queryRaw<TallyRow[]>`
    SELECT d.key AS day, (
      SELECT json_array(COUNT(*),
                        SUM(r.state = ${reviewState} AND r.scheduledDays >= ${matureDays}),
                        SUM(r.state = ${reviewState} AND r.scheduledDays >= ${matureDays} AND r.rating = ${again}))
      FROM Review r
      WHERE r.profileId = ${profileId} AND r.reviewedAt >= json_extract(d.value, '$[0]') AND r.reviewedAt < json_extract(d.value, '$[1]')
        AND NOT EXISTS (SELECT 1 FROM ReviewUndo u WHERE u.reviewId = r.id)
    ) AS counts
    FROM json_each(${bounds}) d`;
}
