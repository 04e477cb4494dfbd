import { describe, expect, it } from "vitest";
import { HEATMAP_DAYS } from "@/lib/stats/dashboard-stats";
import { reviewHeatmap } from "@/lib/stats/heatmap";
import { tallyOf } from "@/lib/stats/review-tally";
import { currentStreak } from "@/lib/stats/streak";
import { studyDays } from "@/lib/stats/study-days";

// 11:00 in Berlin on Sunday 22 Nov 2026; today's study day began at 04:00 local (03:00 UTC).
const NOW = new Date("2026-11-22T10:00:00Z");
const TZ = "Europe/Berlin";
const days = studyDays(NOW, TZ, { past: HEATMAP_DAYS });
const streakOf = (...times: string[]) =>
  currentStreak(
    reviewHeatmap(
      times.map((t) => tallyOf({ reviewedAt: new Date(t), state: 2, scheduledDays: 3, rating: 3 })),
      days,
    ).map((d) => d.count),
  );

describe("current streak", () => {
  it("counts up to yesterday while nothing is reviewed today, and a review at 03:30 belongs to the day before", () => {
    // Friday 20 Nov 11:00, then Sunday 22 Nov 03:30 local: still Saturday's study day.
    expect(streakOf("2026-11-20T10:00:00Z", "2026-11-22T02:30:00Z")).toBe(2);
  });

  it("includes today once there is a review after 04:00 local", () => {
    expect(streakOf("2026-11-20T10:00:00Z", "2026-11-22T02:30:00Z", "2026-11-22T03:00:00Z")).toBe(3);
  });

  it("stops at a study day without reviews", () => {
    // 18, 20 and 21 Nov: the 19th breaks it.
    expect(streakOf("2026-11-18T10:00:00Z", "2026-11-20T10:00:00Z", "2026-11-21T10:00:00Z")).toBe(2);
  });

  it("is zero when neither today nor yesterday has a review", () => {
    expect(streakOf("2026-11-20T10:00:00Z")).toBe(0);
    expect(currentStreak([])).toBe(0);
  });
});
