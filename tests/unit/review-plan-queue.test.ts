import { describe, expect, it } from "vitest";
import { finalPassDue, planFirst, type QueuePlan } from "@/lib/review/plan-queue";
import { buildQueue, type QueueCard } from "@/lib/review/queue";

const DAY = 86_400_000;
const NOW = new Date("2026-12-17T09:00:00Z");
const day = (n: number) => new Date(NOW.getTime() + n * DAY);
const key = (questionId: string) => ({ questionId, clozeIndex: 0 });
// The interview is in 2 days: its final pass began yesterday and ends when the interview day begins.
const plan = (questionIds: string[] | null, passStart = day(-1), passEnd = day(2)): QueuePlan => ({
  questionIds,
  finalPassStart: passStart.toISOString(),
  finalPassEnd: passEnd.toISOString(),
});
const card = (questionId: string, due: Date, lastReview: Date | null): QueueCard => ({
  ...key(questionId),
  due,
  state: 2,
  lastReview,
});

describe("an interview plan in the queue", () => {
  it("introduces the plan's new cards first, each group in study order", () => {
    const candidates = ["a", "b", "c", "d", "e"].map(key);
    expect(planFirst(candidates, [plan(["d", "b"])], NOW).map((k) => k.questionId)).toEqual(["b", "d", "a", "c", "e"]);
    // A plan whose interview day has begun no longer reorders anything.
    expect(planFirst(candidates, [plan(["d"], day(-5), day(-1))], NOW).map((k) => k.questionId)).toEqual([
      "a",
      "b",
      "c",
      "d",
      "e",
    ]);
  });

  it("makes a card due in the final pass when it was not reviewed since the pass began, even one scheduled after the interview", () => {
    const p = [plan(["in"])];
    expect(finalPassDue(card("in", day(30), day(-10)), p, NOW)).toEqual(day(-1));
    // Already reviewed during the pass, or out of the plan's scope: its own due stands.
    expect(finalPassDue(card("in", day(30), day(-0.5)), p, NOW)).toEqual(day(30));
    expect(finalPassDue(card("out", day(30), day(-10)), p, NOW)).toEqual(day(30));
    // Before the pass begins, nothing changes.
    expect(finalPassDue(card("in", day(30), day(-10)), [plan(["in"], day(1), day(4))], NOW)).toEqual(day(30));
  });

  it("counts and shows the pulled-in cards as due today, and spends the new-card allowance on the plan", () => {
    const queue = buildQueue({
      cards: [card("seen-in", day(40), day(-20)), card("seen-out", day(40), day(-20))],
      candidates: ["seen-in", "seen-out", "new-out-1", "new-out-2", "new-in"].map(key),
      newIntroducedToday: 0,
      dailyNewLimit: 1,
      now: NOW,
      dayStart: day(-0.2),
      dayEnd: day(0.8),
      plans: [plan(["seen-in", "new-in"])],
    });
    expect(queue.next).toEqual({ ...key("seen-in"), isNew: false });
    expect(queue.counts).toEqual({ newLeft: 1, learning: 0, review: 1, dueToday: 2 });
    const afterPass = buildQueue({
      cards: [card("seen-in", day(40), day(-0.1))],
      candidates: ["seen-in", "new-out-1", "new-in"].map(key),
      newIntroducedToday: 0,
      dailyNewLimit: 1,
      now: NOW,
      dayStart: day(-0.2),
      dayEnd: day(0.8),
      plans: [plan(["seen-in", "new-in"])],
    });
    expect(afterPass.next).toEqual({ ...key("new-in"), isNew: true });
  });
});
