import { FINAL_PASS_DAYS } from "./interview-plan";
import { DAY_MS } from "./placement";
import type { PlanWindow } from "./placer";
import { offsetMinutes, studyDayStart } from "./study-day";

/** A stored interview plan (one row of `InterviewPlan`). */
export type PlanRow = { id: string; date: string; scope: string; targetRetention: number };

/** What a plan covers: everything, or one topic, tag or quiz set. */
export type PlanScope = { kind: "all" } | { kind: "topic" | "tag" | "quiz"; value: string };

export function parsePlanScope(scope: string): PlanScope | undefined {
  if (scope === "all") return { kind: "all" };
  const [kind, ...rest] = scope.split(":");
  const value = rest.join(":");
  return (kind === "topic" || kind === "tag" || kind === "quiz") && value ? { kind, value } : undefined;
}

/** When the study day of a local date (YYYY-MM-DD) begins in this zone: 04:00 local that day. */
export function dateDayStart(date: string, timeZone: string): Date {
  const noonUtc = new Date(`${date}T12:00:00Z`);
  return studyDayStart(new Date(noonUtc.getTime() - offsetMinutes(noonUtc, timeZone) * 60_000), timeZone);
}

/**
 * The plans that still shape scheduling (their interview day has not begun), as windows: the final pass is the
 * FINAL_PASS_DAYS days before the interview day. Questions are resolved by the caller (the content lives on the
 * server); null covers everything. A plan whose scope no longer names anything is left out.
 */
export function planWindows(
  rows: readonly PlanRow[],
  timeZone: string,
  now: Date,
  questionsOf: (scope: PlanScope) => string[] | null | undefined,
): PlanWindow[] {
  return rows.flatMap((row) => {
    const scope = parsePlanScope(row.scope);
    const end = dateDayStart(row.date, timeZone);
    if (!scope || end <= now) return [];
    const questionIds = questionsOf(scope);
    if (questionIds === undefined) return [];
    const start = new Date(end.getTime() - FINAL_PASS_DAYS * DAY_MS);
    return [
      { id: row.id, date: row.date, finalPassStart: start.toISOString(), finalPassEnd: end.toISOString(), questionIds },
    ];
  });
}
