import { assignmentStatus, isLate, type AssignmentStatus } from "../assignments/status";
import { gradeAttempt, type GradedAnswer, type GradeOverrideRecord } from "../quiz/overrides";
import type { AnswerRecord, AttemptSummary } from "../quiz/summary";

/** One attempt at an assignment with every answer row and the instructor's grades. */
export type AssignmentAttempt<A extends AnswerRecord = AnswerRecord> = {
  id: string;
  questionIds: readonly string[];
  passPercent: number | null;
  startedAt: Date;
  finishedAt: Date | null;
  /** Time the runner counted while the quiz was open (a resumed attempt does not count the pause). */
  elapsedMs: number;
  answers: readonly A[];
  overrides: readonly GradeOverrideRecord[];
};

export type ScoredAttempt<A extends AnswerRecord = AnswerRecord> = {
  attempt: AssignmentAttempt<A>;
  summary: AttemptSummary<GradedAnswer<A>>;
  /** Sum of credits: compared exactly, where the percentage is rounded. */
  points: number;
};

export type StudentResult<A extends AnswerRecord = AnswerRecord> = {
  status: AssignmentStatus;
  /** Every attempt, oldest first. */
  attempts: ScoredAttempt<A>[];
  /** The attempt that counts: the best finished one, the earliest among equals; none before a submission. */
  counted?: ScoredAttempt<A> & { scorePercent: number; timeTakenMs: number; submittedAt: Date; late: boolean };
};

/**
 * The attempt's score as the student's result page shows it: newest answer per question, the instructor's grades
 * applied, self-grades only notes (an open or code answer awaits the instructor and counts 0 until graded).
 */
export function scoreAttempt<A extends AnswerRecord>(attempt: AssignmentAttempt<A>): ScoredAttempt<A> {
  const { summary } = gradeAttempt(attempt, attempt.answers, attempt.overrides, "instructor");
  return { attempt, summary, points: summary.rows.reduce((sum, r) => sum + (r.score ?? 0), 0) };
}

/** Where one student stands on an assignment, and which of their attempts the gradebook counts. */
export function studentResult<A extends AnswerRecord>(
  attempts: readonly AssignmentAttempt<A>[],
  dueAt: Date,
  now: Date,
): StudentResult<A> {
  const scored = [...attempts].sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime()).map(scoreAttempt);
  const finished = scored
    .filter((s) => s.attempt.finishedAt !== null)
    .sort((a, b) => b.points - a.points || a.attempt.finishedAt!.getTime() - b.attempt.finishedAt!.getTime());
  const best = finished[0];
  return {
    status: assignmentStatus(attempts, dueAt, now),
    attempts: scored,
    counted: best && {
      ...best,
      scorePercent: best.summary.scorePercent,
      timeTakenMs: best.attempt.elapsedMs,
      submittedAt: best.attempt.finishedAt!,
      late: isLate(best.attempt.finishedAt, dueAt),
    },
  };
}
