/**
 * The countdown runs only while the learner is in the quiz: the client reports how much time it has used.
 * The server keeps the larger of what it has and what is claimed (a stale tab cannot give time back), and never
 * more than the wall-clock time since the start (a client cannot claim more time than has passed).
 */
export function nextElapsedMs(storedMs: number, claimedMs: number, startedAt: Date, now: Date): number {
  const wallClock = Math.max(0, now.getTime() - startedAt.getTime());
  return Math.max(storedMs, Math.min(claimedMs, wallClock));
}

type Timed = { timeLimitSec: number | null; elapsedMs: number };

export const isOverTime = (a: Timed): boolean => a.timeLimitSec !== null && a.elapsedMs >= a.timeLimitSec * 1000;

/** Milliseconds left, or null for an untimed quiz. */
export const remainingMs = (a: Timed): number | null =>
  a.timeLimitSec === null ? null : Math.max(0, a.timeLimitSec * 1000 - a.elapsedMs);

type Clocked = { mode: "practice" | "exam"; timeLimitSec: number | null };

/**
 * A timed exam (every class assignment is one) runs on the wall clock from the server's start time: hiding the
 * tab or closing it never stops it. A practice quiz counts only the time the learner spends on the page.
 */
export const runsOnWallClock = (a: Clocked): boolean => a.mode === "exam" && a.timeLimitSec !== null;

/** Wall-clock time since the start, read on a clock that may differ from the server's by `skewMs`. */
export const wallClockElapsedMs = (startedAtMs: number, clientNowMs: number, skewMs: number): number =>
  Math.max(0, clientNowMs + skewMs - startedAtMs);

/**
 * A finished attempt that used its whole time limit was handed in when the time ran out (by the countdown or the
 * server's deadline): both record exactly the limit, while a hand-in with time left records less.
 */
export const handedInAtTimeOut = (a: Timed & { finishedAt: Date | null }): boolean =>
  a.finishedAt !== null && isOverTime(a);
