import { assignmentStatus, type AssignmentStatus } from "./status";

type Attempt = { id: string; startedAt: Date; finishedAt: Date | null };
type Rules = { opensAt: Date; dueAt: Date; maxAttempts: number };

/** What the candidate can do next: start (or try again), resume the open attempt, see the last result, or wait. */
export type NextStep =
  | { kind: "start" }
  | { kind: "resume"; attemptId: string }
  | { kind: "result"; attemptId: string }
  | { kind: "not-open" }
  | { kind: "none" };

export type CandidateView = {
  status: AssignmentStatus;
  attemptsUsed: number;
  next: NextStep;
  lastResultId: string | null;
};

/** One student's standing on one assignment, from their attempts. Pure, so the list and the tests agree. */
export function candidateView(rules: Rules, attempts: readonly Attempt[], now: Date): CandidateView {
  const finished = attempts
    .filter((a) => a.finishedAt !== null)
    .sort((a, b) => b.finishedAt!.getTime() - a.finishedAt!.getTime());
  const open = attempts.find((a) => a.finishedAt === null);
  const lastResultId = finished[0]?.id ?? null;
  const next: NextStep = open
    ? { kind: "resume", attemptId: open.id }
    : now < rules.opensAt
      ? { kind: "not-open" }
      : finished.length < rules.maxAttempts
        ? { kind: "start" }
        : lastResultId
          ? { kind: "result", attemptId: lastResultId }
          : { kind: "none" };
  return { status: assignmentStatus(attempts, rules.dueAt, now), attemptsUsed: finished.length, next, lastResultId };
}
