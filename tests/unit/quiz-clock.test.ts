import { describe, expect, it } from "vitest";
import { handedInAtTimeOut, nextElapsedMs, runsOnWallClock, wallClockElapsedMs } from "@/lib/quiz/timer";

const start = new Date("2026-11-22T10:00:00Z");

describe("the quiz clock", () => {
  it("runs a timed exam on the wall clock, and lets practice and untimed quizzes count time on the page", () => {
    expect(runsOnWallClock({ mode: "exam", timeLimitSec: 600 })).toBe(true);
    expect(runsOnWallClock({ mode: "practice", timeLimitSec: 600 })).toBe(false);
    expect(runsOnWallClock({ mode: "exam", timeLimitSec: null })).toBe(false);
  });

  it("reads an exam's elapsed time from the server's start, corrected by the device clock's skew", () => {
    // A device clock five minutes slow: the server's reading puts it right.
    const skew = 5 * 60_000;
    const deviceNow = start.getTime() + 2 * 60_000 - skew;
    expect(wallClockElapsedMs(start.getTime(), deviceNow, skew)).toBe(2 * 60_000);
    // A start "in the future" of a fast-forwarded test clock never shows negative time.
    expect(wallClockElapsedMs(start.getTime(), start.getTime() - 1000, 0)).toBe(0);
  });

  it("accepts the wall-clock time an exam client reports, never more than has passed on the server", () => {
    const now = new Date(start.getTime() + 90_000);
    expect(nextElapsedMs(10_000, 90_000, start, now)).toBe(90_000);
    expect(nextElapsedMs(10_000, 300_000, start, now)).toBe(90_000);
  });

  it("calls a hand-in that used the whole time limit a time-out, and one with time left not", () => {
    const finishedAt = new Date();
    expect(handedInAtTimeOut({ timeLimitSec: 60, elapsedMs: 60_000, finishedAt })).toBe(true);
    expect(handedInAtTimeOut({ timeLimitSec: 60, elapsedMs: 59_000, finishedAt })).toBe(false);
    expect(handedInAtTimeOut({ timeLimitSec: null, elapsedMs: 3_600_000, finishedAt })).toBe(false);
    expect(handedInAtTimeOut({ timeLimitSec: 60, elapsedMs: 60_000, finishedAt: null })).toBe(false);
  });
});
