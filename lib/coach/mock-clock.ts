/**
 * The per-question clock of a mock interview, as arithmetic on instants. A question "appears" when the round
 * starts (the first) or when the previous answer is saved; everything is measured from that instant, so hiding
 * the tab or reloading the page never pauses the clock, and the server can check what the client claims.
 */

/** When the question at position `answered` (0-based) appeared: the start, or when the previous answer was saved. */
export function questionAppearedAt(startedAt: Date, answeredAts: readonly Date[]): Date {
  return answeredAts.length === 0 ? startedAt : new Date(Math.max(...answeredAts.map((d) => d.getTime())));
}

export type ClockReading = {
  elapsedMs: number;
  /** Null when the round is untimed. */
  remainingMs: number | null;
  /** Past the per-question time (only meaningful when timed). */
  overTime: boolean;
};

export function readClock(appearedAtMs: number, perQuestionSec: number | null, nowMs: number): ClockReading {
  const elapsedMs = Math.max(0, nowMs - appearedAtMs);
  if (perQuestionSec === null) return { elapsedMs, remainingMs: null, overTime: false };
  const limitMs = perQuestionSec * 1000;
  return { elapsedMs, remainingMs: Math.max(0, limitMs - elapsedMs), overTime: elapsedMs >= limitMs };
}

/**
 * The seconds recorded for an answer. The client says when the answer was handed in (before the candidate ticked
 * the checklist); it cannot claim more than has passed since the question appeared, and an enforced limit caps it.
 */
export function secondsTaken(
  claimedSec: number,
  appearedAt: Date,
  now: Date,
  limit: { perQuestionSec: number | null; enforced: boolean },
): number {
  const wallClockSec = Math.ceil(Math.max(0, now.getTime() - appearedAt.getTime()) / 1000);
  const seconds = Math.max(0, Math.min(Math.round(claimedSec), wallClockSec));
  return limit.enforced && limit.perQuestionSec !== null ? Math.min(seconds, limit.perQuestionSec) : seconds;
}
