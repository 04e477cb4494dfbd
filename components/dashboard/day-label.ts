import type { getFormatter } from "next-intl/server";

type Formatter = Awaited<ReturnType<typeof getFormatter>>;

/** A study day's local date (YYYY-MM-DD) as "24 Nov": formatted in UTC, since the date is already local. */
export const dayLabel = (format: Formatter, date: string, withWeekday = false) =>
  format.dateTime(new Date(`${date}T00:00:00Z`), {
    month: "short",
    day: "numeric",
    timeZone: "UTC",
    ...(withWeekday ? { weekday: "short" } : {}),
  });

export const percentLabel = (format: Formatter, share: number) =>
  format.number(share, { style: "percent", maximumFractionDigits: 0 });
