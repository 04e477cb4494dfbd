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
