import type { StudyDay } from "./study-days";

export type ForecastDay = { date: string; count: number };

export const FORECAST_DAYS = 30;

/**
 * Scheduled cards due per study day from today on (`days` starts with today); cards already overdue count on
 * today. New cards the learner has not met are not scheduled yet, so they are not in it.
 */
export function dueForecast(cards: readonly { due: Date }[], days: readonly StudyDay[]): ForecastDay[] {
  const counts = new Array<number>(days.length).fill(0);
  for (const { due } of cards) {
    const t = due.getTime();
    // Few days, many cards: a linear scan over 30 boundaries is as fast as a search and clearer.
    const i = days.findIndex((d) => t < d.end.getTime());
    if (i >= 0) counts[i]! += 1;
  }
  return days.map((d, i) => ({ date: d.date, count: counts[i]! }));
}
