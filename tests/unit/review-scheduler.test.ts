import { describe, expect, it } from "vitest";
import { intervalLabel } from "@/lib/review/interval-label";
import { createScheduler, emptyState, isLearningState } from "@/lib/review/scheduler";

const T0 = new Date("2026-11-22T09:00:00Z");
const minutes = (a: Date, b: Date) => Math.round((b.getTime() - a.getTime()) / 60_000);
const days = (a: Date, b: Date) => Math.round((b.getTime() - a.getTime()) / 86_400_000);

describe("the FSRS scheduler wrapper (fixed clock)", () => {
  const scheduler = createScheduler(0.9);

  it("gives a new card the learning steps 1m / 6m / 10m and days for Easy", () => {
    const preview = scheduler.preview(emptyState(T0), T0);
    expect(minutes(T0, preview[1])).toBe(1);
    expect(minutes(T0, preview[2])).toBe(6);
    expect(minutes(T0, preview[3])).toBe(10);
    expect(days(T0, preview[4])).toBeGreaterThanOrEqual(1);
    expect(["1m", "6m", "10m"]).toEqual([1, 2, 3].map((r) => intervalLabel(T0, preview[r as 1 | 2 | 3], "en")));
  });

  it("shows on each button exactly the interval that rating then gives", () => {
    const learned = scheduler.rate(
      scheduler.rate(emptyState(T0), 3, T0).card,
      3,
      new Date(T0.getTime() + 10 * 60_000),
    ).card;
    const later = new Date(learned.due.getTime());
    const preview = scheduler.preview(learned, later);
    for (const rating of [1, 2, 3, 4] as const)
      expect(scheduler.rate(learned, rating, later).card.due).toEqual(preview[rating]);
  });

  it("is deterministic: the same history gives the same schedule", () => {
    const run = () =>
      scheduler.rate(scheduler.rate(emptyState(T0), 3, T0).card, 4, new Date(T0.getTime() + 600_000)).card;
    expect(run()).toEqual(run());
  });

  it("spaces reviews further apart when the desired retention is lower", () => {
    const graduate = (s: ReturnType<typeof createScheduler>) => s.rate(emptyState(T0), 4, T0).card.due;
    expect(days(T0, graduate(createScheduler(0.8)))).toBeGreaterThan(days(T0, graduate(createScheduler(0.95))));
  });

  it("sends a forgotten review card back to relearning and counts the lapse", () => {
    const reviewCard = scheduler.rate(emptyState(T0), 4, T0).card;
    const lapsed = scheduler.rate(reviewCard, 1, reviewCard.due).card;
    expect(isLearningState(lapsed.state)).toBe(true);
    expect(lapsed.lapses).toBe(1);
  });

  it("undo returns the card exactly as it was before the rating", () => {
    const first = scheduler.rate(emptyState(T0), 3, T0).card;
    const at = new Date(T0.getTime() + 10 * 60_000);
    const { card, log } = scheduler.rate(first, 4, at);
    expect(scheduler.undo(card, log)).toEqual(first);
  });

  it("undo of a new card's first rating makes it new again", () => {
    const { card, log } = scheduler.rate(emptyState(T0), 2, T0);
    expect(scheduler.undo(card, log)).toMatchObject({ state: 0, reps: 0, due: T0 });
  });
});

describe("interval labels", () => {
  it.each([
    [1, "1m", "1分钟"],
    [90, "1.5h", "1.5小时"],
    [3 * 1440, "3d", "3天"],
    [75 * 1440, "2.5mo", "2.5个月"],
    [400 * 1440, "1.1y", "1.1年"],
  ])("%i minutes reads %s / %s", (mins, en, zh) => {
    const to = new Date(T0.getTime() + mins * 60_000);
    expect(intervalLabel(T0, to, "en")).toBe(en);
    expect(intervalLabel(T0, to, "zh")).toBe(zh);
  });
});
