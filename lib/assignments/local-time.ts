import { offsetMinutes } from "../review/study-day";

/** What a datetime-local input sends: a wall-clock time with no zone ("2026-11-22T09:30"). */
export const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * True for a wall-clock time that exists on the calendar: "2026-02-30T09:00" matches the pattern, but Date.UTC would
 * quietly roll it over to March, so the parts must survive the round trip.
 */
export function isLocalDateTime(local: string): boolean {
  const m = LOCAL_DATE_TIME.exec(local);
  if (!m) return false;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  const at = new Date(Date.UTC(year, month - 1, day, hour, minute));
  return (
    at.getUTCFullYear() === year &&
    at.getUTCMonth() === month - 1 &&
    at.getUTCDate() === day &&
    at.getUTCHours() === hour &&
    at.getUTCMinutes() === minute
  );
}

/**
 * The instant a wall-clock time names in a time zone: an instructor in Shanghai typing 09:00 means 01:00 UTC.
 * The offset is taken at the guessed instant, then again at the result, so a time next to a DST change lands right.
 */
export function localToUtc(local: string, timeZone: string): Date {
  const m = LOCAL_DATE_TIME.exec(local);
  if (!m) throw new Error(`Not a local date-time: ${local}`);
  const asUtc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  const guess = new Date(asUtc - offsetMinutes(new Date(asUtc), timeZone) * 60_000);
  return new Date(asUtc - offsetMinutes(guess, timeZone) * 60_000);
}

/** The other way round, for an edit form's default value: the instant as a datetime-local value in the zone. */
export function utcToLocal(at: Date, timeZone: string): string {
  const local = new Date(at.getTime() + offsetMinutes(at, timeZone) * 60_000);
  return local.toISOString().slice(0, 16);
}

/** The same wall-clock time `days` calendar days later: "in a week" stays 09:00 across a DST change. */
export function addLocalDays(local: string, days: number): string {
  const m = LOCAL_DATE_TIME.exec(local);
  if (!m) throw new Error(`Not a local date-time: ${local}`);
  const at = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days, Number(m[4]), Number(m[5])));
  return at.toISOString().slice(0, 16);
}

/**
 * What the assign form starts with: open now (to the minute), due in seven days at the same wall-clock time, in
 * the instructor's zone.
 */
export function defaultAssignWindow(now: Date, timeZone: string): { opensAt: string; dueAt: string } {
  const opensAt = utcToLocal(now, timeZone);
  return { opensAt, dueAt: addLocalDays(opensAt, 7) };
}
