import { describe, expect, it } from "vitest";
import { buildQueue } from "@/lib/review/queue";
import { studyDayEnd, studyDayStart } from "@/lib/review/study-day";
import { dashboardStats, type StoredCard } from "@/lib/stats/dashboard-stats";

const NOW = new Date("2026-11-22T10:00:00Z");
const TZ = "America/New_York"; // 05:00 local; today's study day ends 23 Nov 09:00 UTC, tomorrow's 24 Nov 09:00 UTC
const key = (questionId: string) => ({ questionId, clozeIndex: 0 });
const stored = (questionId: string, due: string, state = 2): StoredCard => ({
  ...key(questionId),
  due: new Date(due),
  state,
  lastReview: new Date("2026-11-01T00:00:00Z"),
  stability: 10,
  lapses: 0,
  reps: 2,
});

describe("due today and tomorrow", () => {
  const candidates = ["a", "b", "c", "d", "n1", "n2", "n3"].map(key);
  const cards = [
    stored("a", "2026-11-20T00:00:00Z"), // overdue
    stored("b", "2026-11-23T08:59:00Z"), // before today's study day ends
    stored("c", "2026-11-23T09:00:00Z"), // tomorrow
    stored("d", "2026-11-24T09:00:00Z"), // the day after tomorrow
    stored("gone", "2026-11-20T00:00:00Z"), // a question no longer published: not counted
  ];
  const input = {
    now: NOW,
    timeZone: TZ,
    dailyNewLimit: 2,
    newIntroducedToday: 0,
    candidates,
    topics: [],
    cards,
    tallies: [],
    lastAgain: new Map(),
  };

  it("today is exactly the review page's count: due scheduled cards plus the new cards still allowed", () => {
    const stats = dashboardStats(input);
    const page = buildQueue({ ...input, dayStart: studyDayStart(NOW, TZ), dayEnd: studyDayEnd(NOW, TZ) });
    expect(stats.dueToday).toBe(page.counts.dueToday);
    expect(stats.dueToday).toBe(4); // a, b and two of the three new cards
    expect(dashboardStats({ ...input, newIntroducedToday: 2 }).dueToday).toBe(2);
  });

  it("tomorrow counts the scheduled cards due before tomorrow's study day ends, without new cards", () => {
    expect(dashboardStats(input).dueTomorrow).toBe(3); // a, b, c
    expect(
      dashboardStats(input)
        .forecast.slice(0, 3)
        .map((f) => f.count),
    ).toEqual([2, 1, 1]);
  });

  it("leaves a suspended card out of today and the forecast, and counts a buried one on the day it comes back", () => {
    let serial = 0;
    const hold = (questionId: string, action: "suspend" | "bury") => ({
      ...key(questionId),
      id: `00000000-0000-4000-8000-${String(++serial).padStart(12, "0")}`,
      action,
      at: "2026-11-22T09:00:00Z",
      until: action === "bury" ? "2026-11-23T09:00:00Z" : null,
    });
    const stats = dashboardStats({ ...input, holds: [hold("a", "suspend"), hold("b", "bury")] });
    expect(stats.dueToday).toBe(2); // the two new cards still allowed
    expect(stats.forecast.slice(0, 3).map((f) => f.count)).toEqual([0, 2, 1]); // b back tomorrow with c; then d
    expect(stats.dueTomorrow).toBe(2);
  });
});
