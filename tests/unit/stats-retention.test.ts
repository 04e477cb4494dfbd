import { describe, expect, it } from "vitest";
import { HEATMAP_DAYS } from "@/lib/stats/dashboard-stats";
import { overallRetention, weeklyRetention } from "@/lib/stats/retention";
import { isMatureReview, tallyOf } from "@/lib/stats/review-tally";
import { studyDays } from "@/lib/stats/study-days";

const NOW = new Date("2026-11-22T10:00:00Z"); // Sunday
const TZ = "Europe/Berlin";
const days = studyDays(NOW, TZ, { past: HEATMAP_DAYS });
const review = (at: string, rating: number, state = 2, scheduledDays = 30) =>
  tallyOf({ reviewedAt: new Date(at), rating, state, scheduledDays });

describe("true retention", () => {
  it("counts only reviews of cards in Review state with an interval of 21 days or more", () => {
    expect(isMatureReview({ state: 2, scheduledDays: 21 })).toBe(true);
    expect(isMatureReview({ state: 2, scheduledDays: 20 })).toBe(false);
    expect(isMatureReview({ state: 3, scheduledDays: 40 })).toBe(false);
    expect(isMatureReview({ state: 1, scheduledDays: 40 })).toBe(false);
  });

  it("gives the share not rated Again per week from Monday, the last 12 weeks with this one last", () => {
    const weeks = weeklyRetention(
      [
        review("2026-11-16T10:00:00Z", 3), // Monday 16th
        review("2026-11-18T10:00:00Z", 1),
        review("2026-11-19T10:00:00Z", 2),
        review("2026-11-20T10:00:00Z", 4),
        review("2026-11-20T11:00:00Z", 1, 2, 20), // young card: not counted
        review("2026-11-20T12:00:00Z", 1, 3, 40), // relearning: not counted
        review("2026-11-16T02:30:00Z", 1), // Monday 03:30 local: still Sunday's study day, the week before
      ],
      days,
    );
    expect(weeks).toHaveLength(12);
    expect(weeks.at(-1)).toEqual({ weekStart: "2026-11-16", mature: 4, recalled: 3, rate: 0.75 });
    expect(weeks.at(-2)).toEqual({ weekStart: "2026-11-09", mature: 1, recalled: 0, rate: 0 });
    expect(weeks.at(-3)).toEqual({ weekStart: "2026-11-02", mature: 0, recalled: 0, rate: null });
    expect(weeks[0]!.weekStart).toBe("2026-08-31");
    expect(overallRetention(weeks)).toBeCloseTo(3 / 5);
    expect(overallRetention(weeklyRetention([], days))).toBeNull();
  });
});
