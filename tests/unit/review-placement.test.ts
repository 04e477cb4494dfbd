import { describe, expect, it } from "vitest";
import { createDueLoad } from "@/lib/review/due-load";
import { DAY_MS, intervalWindow, placeInterval } from "@/lib/review/placement";
import { createScheduler, emptyState, type CardState, type GradeValue } from "@/lib/review/scheduler";
import { simulate } from "@/lib/review/simulate";

const NOW = new Date("2026-12-01T10:00:00Z");
const at = (days: number) => NOW.getTime() + days * DAY_MS;

describe("due load", () => {
  it("counts cards within half a day of an instant and follows moves", () => {
    const load = createDueLoad([at(3), at(3) + 3_600_000, at(4), at(10)]);
    expect(load.around(at(3))).toBe(2);
    expect(load.around(at(4))).toBe(1);
    load.move(at(4), at(3));
    expect(load.around(at(3))).toBe(3);
    expect(load.around(at(4))).toBe(0);
    load.move(undefined, at(20));
    expect(load.around(at(20))).toBe(1);
  });
});

describe("load balancing", () => {
  it("picks the least loaded day inside the fuzz window, ties to the ideal", () => {
    const { min, max } = intervalWindow(10, 5);
    expect([min, max]).toEqual([8, 12]);
    const empty = createDueLoad([]);
    expect(placeInterval(10, 5, NOW, { load: empty })).toBe(10);
    const busy = createDueLoad([...Array(5).fill(at(10)), ...Array(3).fill(at(9)), at(11), at(8), at(12), at(12)]);
    expect(placeInterval(10, 5, NOW, { load: busy })).toBe(11);
    expect(placeInterval(2, 1, NOW, { load: busy })).toBe(2);
  });

  it("changes no button by more than its window, and the button shows what the rating gives", () => {
    const scheduler = createScheduler(0.9);
    let card: CardState = emptyState(NOW);
    let t = NOW;
    for (const g of [3, 3, 3, 3] as GradeValue[]) {
      card = scheduler.rate(card, g, t).card;
      t = card.due;
    }
    const load = createDueLoad(Array.from({ length: 400 }, (_, i) => t.getTime() + (i % 40) * DAY_MS * 0.97));
    const plain = scheduler.preview(card, t);
    const balanced = scheduler.preview(card, t, { load });
    for (const g of [1, 2, 3, 4] as GradeValue[]) {
      const ideal = Math.round((plain[g].getTime() - t.getTime()) / DAY_MS);
      const got = Math.round((balanced[g].getTime() - t.getTime()) / DAY_MS);
      const { min, max } = intervalWindow(ideal, 0);
      expect(got).toBeGreaterThanOrEqual(Math.min(min, ideal));
      expect(got).toBeLessThanOrEqual(Math.max(max, ideal));
      expect(scheduler.rate(card, g, t, { load }).card.due).toEqual(balanced[g]);
    }
  });

  it("flattens a simulated month (max/min daily load)", () => {
    // 1,000 cards met in a burst of 100 a day: their reviews come back in waves. The month is the 30 days after the
    // burst's first short intervals (under 2.5 days, which have no window to move in).
    const input = {
      now: NOW,
      days: 42,
      desiredRetention: 0.9,
      cards: [],
      newCards: Array.from({ length: 1000 }, () => ({ inPlan: false })),
      newPerDay: (d: number) => (d < 10 ? 100 : 0),
      seed: 7,
    };
    const spread = (balance: boolean) => {
      const month = simulate({ ...input, balance })
        .days.slice(12, 42)
        .map((d) => d.reviews);
      return { max: Math.max(...month), min: Math.min(...month), total: month.reduce((a, b) => a + b, 0) };
    };
    const before = spread(false);
    const after = spread(true);
    console.log("simulated month, reviews/day before", before, "after", after);
    expect(after.max).toBeLessThan(before.max);
    expect(after.max / Math.max(1, after.min)).toBeLessThan(before.max / Math.max(1, before.min));
  });
});

describe("final pass", () => {
  it("brings an interval that would skip the pass into it, and leaves one that does not", () => {
    const pass = { start: new Date(at(11) - 6 * 3_600_000), end: new Date(at(14) - 6 * 3_600_000) };
    expect(placeInterval(30, 0, NOW, { finalPass: pass })).toBe(13);
    expect(placeInterval(5, 0, NOW, { finalPass: pass })).toBe(5);
    expect(placeInterval(12, 0, NOW, { finalPass: pass })).toBe(12);
    expect(placeInterval(30, 0, new Date(at(15)), { finalPass: pass })).toBe(30);
  });
});
