import { describe, expect, it } from "vitest";
import { computePlan, FINAL_PASS_DAYS } from "@/lib/review/interview-plan";
import { DAY_MS } from "@/lib/review/placement";
import { simulate } from "@/lib/review/simulate";

const DAY_START = new Date("2026-12-01T04:00:00Z");
const NOW = new Date(DAY_START.getTime() + 10 * 3_600_000);
const INTERVIEW = new Date(DAY_START.getTime() + 14 * DAY_MS);
const base = {
  now: NOW,
  dayStart: DAY_START,
  interviewDayStart: INTERVIEW,
  cards: [],
  desiredRetention: 0.9,
  targetRetention: 0.9,
};

describe("interview-date plan (fixed clock)", () => {
  it("introduces 300 cards by day 10 of 14 and brings every card back in the last 3 days", () => {
    const plan = computePlan({ ...base, unseen: 300, dailyNewLimit: 30 });
    expect(plan).toMatchObject({ daysLeft: 14, introDays: 11, toIntroduce: 300, newPerDay: 28, feasible: true });
    expect(plan.finalPass.start).toEqual(new Date(INTERVIEW.getTime() - FINAL_PASS_DAYS * DAY_MS));

    const run = simulate({
      now: NOW,
      days: plan.daysLeft,
      desiredRetention: 0.9,
      cards: [],
      newCards: Array.from({ length: 300 }, () => ({ inPlan: true })),
      newPerDay: (d) => (d < plan.introDays ? plan.pace : 0),
      finalPass: plan.finalPass,
      seed: 3,
      trace: true,
    });
    expect(Math.max(...run.introducedOn)).toBeLessThanOrEqual(10);
    expect(run.introducedOn.every((d) => d >= 0)).toBe(true);
    for (const days of run.reviewDays!) {
      expect(days.some((d) => d >= 11 && d <= 13)).toBe(true);
      // At least twice before the date: the day it is met and at least once more.
      expect(new Set(days).size).toBeGreaterThanOrEqual(2);
    }
    expect(plan.expectedRetention).toBeGreaterThan(0.85);
    expect(plan.expectedRetention).toBeLessThanOrEqual(1);
  });

  it("says when the plan does not fit the daily limit, and how much would be seen", () => {
    const plan = computePlan({ ...base, unseen: 300, dailyNewLimit: 20 });
    expect(plan.feasible).toBe(false);
    expect(plan.newPerDay).toBe(28);
    expect(plan.pace).toBe(20);
    expect(plan.coverageAtLimit).toBeCloseTo(220 / 300, 5);
    expect(plan.expectedRetention).toBeLessThan(0.8);
  });

  it("recomputes from the date: a later date needs fewer cards a day; a past date is over", () => {
    const later = computePlan({
      ...base,
      interviewDayStart: new Date(INTERVIEW.getTime() + 7 * DAY_MS),
      unseen: 300,
      dailyNewLimit: 20,
    });
    expect(later).toMatchObject({ introDays: 18, newPerDay: 17, feasible: true });
    const over = computePlan({ ...base, interviewDayStart: DAY_START, unseen: 10, dailyNewLimit: 20 });
    expect(over.past).toBe(true);
    expect(over.feasible).toBe(false);
  });

  it("is deterministic for a seed", () => {
    const a = computePlan({ ...base, unseen: 120, dailyNewLimit: 20, seed: 5 });
    const b = computePlan({ ...base, unseen: 120, dailyNewLimit: 20, seed: 5 });
    expect(a).toEqual(b);
  });
});
