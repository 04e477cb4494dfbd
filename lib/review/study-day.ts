/**
 * A study day runs from 04:00 to 04:00 in the learner's time zone (as in Anki), so a late-night session
 * still counts as "today" and the daily new-card allowance does not reset at midnight mid-session.
 */
export const DAY_ROLLOVER_HOUR = 4;

const formats = new Map<string, Intl.DateTimeFormat>();

/** Minutes the zone is ahead of UTC at this instant (e.g. +480 for Asia/Shanghai). */
export function offsetMinutes(at: Date, timeZone: string): number {
  // Building a formatter costs far more than using one: the dashboard asks for hundreds of days at once.
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formats.set(timeZone, format);
  }
  const parts = format.formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** The instant the current study day began. */
export function studyDayStart(now: Date, timeZone: string): Date {
  const local = new Date(now.getTime() + offsetMinutes(now, timeZone) * 60_000);
  const start = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), DAY_ROLLOVER_HOUR);
  const localStart = local.getTime() >= start ? start : start - 86_400_000;
  // Convert back with the offset in force at that local time (differs from now's across a DST change).
  const guess = new Date(localStart - offsetMinutes(now, timeZone) * 60_000);
  return new Date(localStart - offsetMinutes(guess, timeZone) * 60_000);
}

/** The instant the next study day begins: cards due before it are "due today". */
export function studyDayEnd(now: Date, timeZone: string): Date {
  return studyDayStart(new Date(studyDayStart(now, timeZone).getTime() + 30 * 3_600_000), timeZone);
}
