import type { ReviewTally } from "./review-tally";
import { dayIndexOf, weekdayOf, type StudyDay } from "./study-days";

export type HeatmapDay = { date: string; weekday: number; count: number };

/** Reviews per study day over the given days (the past year, today last). */
export function reviewHeatmap(tallies: readonly ReviewTally[], days: readonly StudyDay[]): HeatmapDay[] {
  const counts = new Array<number>(days.length).fill(0);
  for (const t of tallies) {
    const i = dayIndexOf(days, t.at);
    if (i >= 0) counts[i]! += t.reviews;
  }
  return days.map((d, i) => ({ date: d.date, weekday: weekdayOf(d.date), count: counts[i]! }));
}

export const HEAT_LEVELS = 5;

/** Colour bucket 0–4: 0 is no reviews, the rest split the busiest day's count in quarters. */
export function heatLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(HEAT_LEVELS - 1, Math.ceil((count / max) * (HEAT_LEVELS - 1)));
}

/** The counts each bucket 1–4 covers for a busiest day of `max`, leaving out buckets no count falls in: what the legend says. */
export function heatLevelRanges(max: number): { level: number; from: number; to: number }[] {
  const floor = (level: number) => Math.floor(((level - 1) * max) / (HEAT_LEVELS - 1)) + 1;
  return Array.from({ length: HEAT_LEVELS - 1 }, (_, i) => ({
    level: i + 1,
    from: floor(i + 1),
    to: i + 2 < HEAT_LEVELS ? floor(i + 2) - 1 : max,
  })).filter((r) => r.from <= r.to);
}
