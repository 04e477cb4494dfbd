/** Network slack: an answer sent in the last second of a timed assignment still arrives in time. */
export const DEADLINE_GRACE_MS = 30_000;

type Timed = { assignmentId: string | null; timeLimitSec: number | null; startedAt: Date };

/**
 * When a timed assignment attempt ends by the wall clock, whatever the client says about its elapsed time
 * (self-study keeps trusting the client's pausable countdown). Undefined when there is no such deadline.
 */
export function hardDeadline(a: Timed): { endsAt: Date; refusedAfter: Date } | undefined {
  if (a.assignmentId === null || a.timeLimitSec === null) return undefined;
  const endsAt = new Date(a.startedAt.getTime() + a.timeLimitSec * 1000);
  return { endsAt, refusedAfter: new Date(endsAt.getTime() + DEADLINE_GRACE_MS) };
}

export const isPastHardDeadline = (a: Timed, now: Date): boolean => {
  const d = hardDeadline(a);
  return d !== undefined && now > d.refusedAfter;
};
