import { studyDayEnd, studyDayStart } from "../review/study-day";

/** One study day (04:00 to 04:00 local): `date` is its local calendar date, YYYY-MM-DD. */
export type StudyDay = { date: string; start: Date; end: Date };

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The local calendar date of an instant, YYYY-MM-DD ("en-CA" formats dates that way). */
export function localDate(at: Date, timeZone: string): string {
  let format = dateFormats.get(timeZone);
  if (!format)
    dateFormats.set(
      timeZone,
      (format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" })),
    );
  return format.format(at);
}

/**
 * `past` study days ending with today (today last), or `future` study days starting with today (today first).
 * Walked one boundary at a time with the review page's own study-day functions, so DST days are 23 or 25 hours.
 */
export function studyDays(now: Date, timeZone: string, span: { past: number } | { future: number }): StudyDay[] {
  const day = (start: Date, end: Date): StudyDay => ({ date: localDate(start, timeZone), start, end });
  const todayStart = studyDayStart(now, timeZone);
  const days = [day(todayStart, studyDayEnd(todayStart, timeZone))];
  if ("past" in span) {
    while (days.length < span.past) {
      const end = days[0]!.start;
      days.unshift(day(studyDayStart(new Date(end.getTime() - 1), timeZone), end));
    }
  } else {
    while (days.length < span.future) {
      const start = days.at(-1)!.end;
      days.push(day(start, studyDayEnd(start, timeZone)));
    }
  }
  return days;
}

/** Index of the study day an instant falls in, or -1 outside the list (binary search: days are in order). */
export function dayIndexOf(days: readonly StudyDay[], at: Date): number {
  const t = at.getTime();
  let lo = 0;
  let hi = days.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = days[mid]!;
    if (t < d.start.getTime()) hi = mid - 1;
    else if (t >= d.end.getTime()) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** 0 for Monday … 6 for Sunday, of a YYYY-MM-DD date. */
export function weekdayOf(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** The Monday that starts the week of a YYYY-MM-DD date. */
export function mondayOf(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - weekdayOf(date) * 86_400_000).toISOString().slice(0, 10);
}
