import type { ReviewTally } from "./review-tally";
import { dayIndexOf, mondayOf, type StudyDay } from "./study-days";

export type RetentionWeek = {
  /** The Monday (local date) the week starts on. */
  weekStart: string;
  /** Reviews of mature cards in the week, and how many of them were not rated Again. */
  mature: number;
  recalled: number;
  /** recalled / mature, 0–1; null in a week without mature reviews. */
  rate: number | null;
};

export const RETENTION_WEEKS = 12;

/**
 * True retention per week (weeks start on Monday in the learner's zone), the last `weeks` weeks with the current
 * one last: the share of mature-card reviews the learner recalled, the number FSRS's desired retention aims at.
 */
export function weeklyRetention(
  tallies: readonly ReviewTally[],
  days: readonly StudyDay[],
  weeks = RETENTION_WEEKS,
): RetentionWeek[] {
  const order: string[] = [];
  const byWeek = new Map<string, { mature: number; again: number }>();
  for (const d of days) {
    const week = mondayOf(d.date);
    if (!byWeek.has(week)) {
      order.push(week);
      byWeek.set(week, { mature: 0, again: 0 });
    }
  }
  for (const t of tallies) {
    const i = dayIndexOf(days, t.at);
    if (i < 0 || !t.mature) continue;
    const w = byWeek.get(mondayOf(days[i]!.date))!;
    w.mature += t.mature;
    w.again += t.matureAgain;
  }
  return order.slice(-weeks).map((weekStart) => {
    const { mature, again } = byWeek.get(weekStart)!;
    return { weekStart, mature, recalled: mature - again, rate: mature ? (mature - again) / mature : null };
  });
}

/** Retention over all the given weeks together (null without mature reviews): the headline number. */
export function overallRetention(weeks: readonly RetentionWeek[]): number | null {
  const mature = weeks.reduce((s, w) => s + w.mature, 0);
  return mature ? weeks.reduce((s, w) => s + w.recalled, 0) / mature : null;
}
