import { describe, expect, it } from "vitest";
import { buildQueue, type QueueCard, type QueueInput } from "@/lib/review/queue";
import { studyDayEnd, studyDayStart } from "@/lib/review/study-day";

const NOW = new Date("2026-11-22T12:00:00Z");
const key = (questionId: string, clozeIndex = 0) => ({ questionId, clozeIndex });
const card = (
  questionId: string,
  dueMinutes: number,
  state: number,
  clozeIndex = 0,
  lastReview: Date | null = null,
): QueueCard => ({
  ...key(questionId, clozeIndex),
  due: new Date(NOW.getTime() + dueMinutes * 60_000),
  state,
  lastReview,
});
const input = (over: Partial<QueueInput>): QueueInput => ({
  cards: [],
  candidates: [],
  newIntroducedToday: 0,
  dailyNewLimit: 20,
  now: NOW,
  dayStart: studyDayStart(NOW, "UTC"),
  dayEnd: studyDayEnd(NOW, "UTC"),
  ...over,
});

describe("the review queue", () => {
  it("shows the most overdue card first, before any new card", () => {
    const q = buildQueue(
      input({ candidates: [key("a"), key("b"), key("c")], cards: [card("b", -5, 2), card("c", -60, 2)] }),
    );
    expect(q.next).toEqual({ ...key("c"), isNew: false });
    expect(q.counts).toEqual({ newLeft: 1, learning: 0, review: 2, dueToday: 3 });
  });

  it("introduces new cards in study order up to the daily limit, counting those already introduced today", () => {
    const candidates = ["a", "b", "c", "d"].map((id) => key(id));
    expect(buildQueue(input({ candidates, dailyNewLimit: 3 })).counts.newLeft).toBe(3);
    const q = buildQueue(input({ candidates, dailyNewLimit: 3, newIntroducedToday: 2 }));
    expect(q.counts.newLeft).toBe(1);
    expect(q.next).toEqual({ ...key("a"), isNew: true });
    expect(buildQueue(input({ candidates, dailyNewLimit: 3, newIntroducedToday: 5 })).counts.newLeft).toBe(0);
  });

  it("counts a card due later today as due today, but does not show it before its time", () => {
    const q = buildQueue(input({ candidates: [key("a")], cards: [card("a", 120, 2)] }));
    expect(q.counts.dueToday).toBe(1);
    expect(q.next).toBeUndefined();
    expect(q.comeBackAt).toEqual(new Date(NOW.getTime() + 120 * 60_000));
  });

  it("shows a learning card a few minutes early rather than leaving the learner waiting", () => {
    const q = buildQueue(input({ candidates: [key("a")], cards: [card("a", 8, 1)] }));
    expect(q.next).toEqual({ ...key("a"), isNew: false });
  });

  it("leaves tomorrow's cards for tomorrow, and cards outside the scope out", () => {
    const q = buildQueue(input({ candidates: [key("a")], cards: [card("a", 24 * 60, 2), card("zz", -10, 2)] }));
    expect(q.counts.dueToday).toBe(0);
    expect(q.next).toBeUndefined();
  });

  it("introduces one blank of a cloze question per day", () => {
    const candidates = [key("cz", 1), key("cz", 2), key("b")];
    expect(buildQueue(input({ candidates })).counts.newLeft).toBe(2);
    const studied = buildQueue(
      input({ candidates, cards: [card("cz", 3 * 1440, 2, 1, new Date(NOW.getTime() - 60_000))] }),
    );
    expect(studied.next).toEqual({ ...key("b"), isNew: true });
    expect(studied.counts.newLeft).toBe(1);
  });
});

describe("the study day", () => {
  it("runs from 04:00 to 04:00 local time", () => {
    // 02:30 in Shanghai (UTC+8) still belongs to the previous day.
    const lateNight = new Date("2026-11-22T18:30:00Z");
    expect(studyDayStart(lateNight, "Asia/Shanghai").toISOString()).toBe("2026-11-21T20:00:00.000Z");
    expect(studyDayEnd(lateNight, "Asia/Shanghai").toISOString()).toBe("2026-11-22T20:00:00.000Z");
    const morning = new Date("2026-11-22T21:00:00Z"); // 05:00 the next local day
    expect(studyDayStart(morning, "Asia/Shanghai").toISOString()).toBe("2026-11-22T20:00:00.000Z");
  });

  it("handles zones behind UTC and a daylight-saving change", () => {
    expect(studyDayStart(new Date("2026-11-22T12:00:00Z"), "America/New_York").toISOString()).toBe(
      "2026-11-22T09:00:00.000Z",
    );
    // Europe/Berlin leaves summer time at 03:00 on 2026-10-25: that day starts at 04:00 CET (UTC+1).
    const afterChange = new Date("2026-10-25T12:00:00Z");
    expect(studyDayStart(afterChange, "Europe/Berlin").toISOString()).toBe("2026-10-25T03:00:00.000Z");
    expect(studyDayEnd(new Date("2026-10-24T12:00:00Z"), "Europe/Berlin").toISOString()).toBe(
      "2026-10-25T03:00:00.000Z",
    );
  });

  it("resets the new-card allowance at the boundary, not at midnight", () => {
    const beforeBoundary = new Date("2026-11-23T03:59:00Z");
    const afterBoundary = new Date("2026-11-23T04:00:00Z");
    expect(studyDayStart(beforeBoundary, "UTC").toISOString()).toBe("2026-11-22T04:00:00.000Z");
    expect(studyDayStart(afterBoundary, "UTC").toISOString()).toBe("2026-11-23T04:00:00.000Z");
  });
});
