import { describe, expect, it } from "vitest";
import { dueForecast, FORECAST_DAYS } from "@/lib/stats/forecast";
import { studyDays } from "@/lib/stats/study-days";

const NOW = new Date("2026-11-22T10:00:00Z");
const TZ = "Asia/Shanghai"; // UTC+8: today's study day is 21 Nov 20:00 UTC to 22 Nov 20:00 UTC

describe("30-day forecast", () => {
  const days = studyDays(NOW, TZ, { future: FORECAST_DAYS });

  it("has one bucket per study day from today, overdue cards on today, and nothing beyond 30 days", () => {
    const due = (at: string) => ({ due: new Date(at) });
    const forecast = dueForecast(
      [
        due("2026-11-01T00:00:00Z"), // long overdue
        due("2026-11-22T19:59:00Z"), // 03:59 tomorrow local: still today's study day
        due("2026-11-22T20:00:00Z"), // 04:00 tomorrow local: tomorrow
        due("2026-12-21T19:00:00Z"), // the 30th study day
        due("2026-12-22T20:00:00Z"), // beyond
      ],
      days,
    );
    expect(forecast).toHaveLength(30);
    expect(forecast[0]).toEqual({ date: "2026-11-22", count: 2 });
    expect(forecast[1]).toEqual({ date: "2026-11-23", count: 1 });
    expect(forecast[29]).toEqual({ date: "2026-12-21", count: 1 });
    expect(forecast.reduce((s, d) => s + d.count, 0)).toBe(4);
  });
});
