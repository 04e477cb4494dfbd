import { describe, expect, it } from "vitest";
import { HEATMAP_DAYS } from "@/lib/stats/dashboard-stats";
import { heatLevel, heatLevelRanges, reviewHeatmap } from "@/lib/stats/heatmap";
import { tallyOf } from "@/lib/stats/review-tally";
import { studyDays } from "@/lib/stats/study-days";

const NOW = new Date("2026-11-22T10:00:00Z");
const TZ = "Europe/Berlin";
const review = (at: string) => tallyOf({ reviewedAt: new Date(at), state: 2, scheduledDays: 3, rating: 3 });

describe("review heatmap", () => {
  const days = studyDays(NOW, TZ, { past: HEATMAP_DAYS });

  it("covers the last 365 study days, today last, with Monday-based weekdays", () => {
    const map = reviewHeatmap([], days);
    expect(map).toHaveLength(365);
    expect(map.at(-1)).toEqual({ date: "2026-11-22", weekday: 6, count: 0 });
    expect(map[0]!.date).toBe("2025-11-23");
  });

  it("puts reviews on the study day they fall in, across the autumn clock change, and ignores older ones", () => {
    const map = reviewHeatmap(
      [
        review("2026-10-25T02:30:00Z"), // 03:30 CET after the clocks went back: still 24 Oct's study day
        review("2026-10-25T03:00:00Z"), // 04:00 CET: 25 Oct
        review("2026-11-22T03:00:00Z"),
        review("2026-11-22T09:00:00Z"),
        review("2025-11-01T10:00:00Z"), // more than a year ago
      ],
      days,
    );
    const count = (date: string) => map.find((d) => d.date === date)!.count;
    expect([count("2026-10-24"), count("2026-10-25"), count("2026-11-22")]).toEqual([1, 1, 2]);
    expect(map.reduce((s, d) => s + d.count, 0)).toBe(4);
  });

  it("colours counts in five buckets relative to the busiest day, and the legend names the counts each covers", () => {
    expect([0, 1, 2, 3, 5, 6, 7, 8, 10].map((n) => heatLevel(n, 10))).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4]);
    expect(heatLevelRanges(10)).toEqual([
      { level: 1, from: 1, to: 2 },
      { level: 2, from: 3, to: 5 },
      { level: 3, from: 6, to: 7 },
      { level: 4, from: 8, to: 10 },
    ]);
    // A quiet year: no bucket is named twice.
    expect(heatLevelRanges(3)).toEqual([
      { level: 2, from: 1, to: 1 },
      { level: 3, from: 2, to: 2 },
      { level: 4, from: 3, to: 3 },
    ]);
    expect(heatLevel(0, 0)).toBe(0);
  });
});
