import { describe, expect, it } from "vitest";
import { optionForKey, togglePick } from "@/lib/review/option-keys";
import { caughtUpReason, nextDueAfter, sessionTally } from "@/lib/review/session-summary";

const START = new Date("2026-12-07T10:00:00Z");
const at = (seconds: number) => new Date(START.getTime() + seconds * 1000);

describe("the end-of-session summary", () => {
  it("counts this session's ratings by rating and the time to the last one, leaving earlier ratings of the day out", () => {
    const today = [
      { rating: 3, reviewedAt: at(-600) },
      { rating: 1, reviewedAt: at(20) },
      { rating: 3, reviewedAt: at(45) },
      { rating: 3, reviewedAt: at(70) },
      { rating: 4, reviewedAt: at(95) },
    ];
    expect(sessionTally(today, START)).toEqual({ reviewed: 4, byRating: { 1: 1, 2: 0, 3: 2, 4: 1 }, ms: 95_000 });
    expect(sessionTally([], START)).toEqual({ reviewed: 0, byRating: { 1: 0, 2: 0, 3: 0, 4: 0 }, ms: 0 });
  });

  it("says the real reason nothing is left", () => {
    const later = at(600);
    expect(caughtUpReason({ comeBackAt: later, unseenLeft: 5, newAllowed: 0 })).toBe("learningLater");
    expect(caughtUpReason({ comeBackAt: undefined, unseenLeft: 5, newAllowed: 0 })).toBe("newLimit");
    expect(caughtUpReason({ comeBackAt: undefined, unseenLeft: 0, newAllowed: 20 })).toBe("allLearned");
    expect(caughtUpReason({ comeBackAt: undefined, unseenLeft: 2, newAllowed: 18 })).toBe("blanksTomorrow");
  });

  it("finds the next card due in scope", () => {
    const cards = [
      { questionId: "a", due: at(-10) },
      { questionId: "b", due: at(86_400) },
      { questionId: "c", due: at(3_600) },
    ];
    expect(nextDueAfter(cards, START, () => true)).toEqual(at(3_600));
    expect(nextDueAfter(cards, START, (id) => id !== "c")).toEqual(at(86_400));
    expect(nextDueAfter(cards, START, () => false)).toBeUndefined();
  });
});

describe("picking an option with the keyboard before the answer is shown", () => {
  it("maps A–D (either case) and 1–n to the options there are", () => {
    expect(optionForKey("a", 4)).toBe(0);
    expect(optionForKey("D", 4)).toBe(3);
    expect(optionForKey("3", 4)).toBe(2);
    expect(optionForKey("e", 4)).toBeUndefined();
    expect(optionForKey("5", 4)).toBeUndefined();
    expect(optionForKey("z", 30)).toBeUndefined();
    expect(optionForKey("0", 4)).toBeUndefined();
    expect(optionForKey("Enter", 4)).toBeUndefined();
  });

  it("swaps the pick on a single-answer card and toggles it on a multiple-answer card", () => {
    expect(togglePick([0], 2, false)).toEqual([2]);
    expect(togglePick([0], 2, true)).toEqual([0, 2]);
    expect(togglePick([0, 2], 0, true)).toEqual([2]);
  });
});
