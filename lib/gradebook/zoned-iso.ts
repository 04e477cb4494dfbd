import { offsetMinutes } from "../review/study-day";

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * An instant as ISO 8601 local time in a time zone, with its offset: 2026-11-22T18:00:00+08:00. A spreadsheet
 * reader sees the wall-clock time the instructor saw on the page, and the offset keeps the instant exact (a
 * bare UTC "Z" time read as local time is hours off).
 */
export function isoInTimeZone(at: Date, timeZone: string): string {
  const offset = offsetMinutes(at, timeZone);
  const local = new Date(at.getTime() + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${local}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
