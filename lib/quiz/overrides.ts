import { latestAnswers, summarizeAttempt, type AnswerRecord, type AttemptSummary } from "./summary";

/** An instructor's grade of one open or code answer (GradeOverride row), as far as scoring cares. */
export type GradeOverrideRecord = { questionId: string; score: number; comment: string };

export type GradedAnswer<A extends AnswerRecord> = A & { override?: GradeOverrideRecord };

/**
 * Who grades an attempt's open and code answers: the learner in a practice quiz, the class's instructor in an
 * assignment. In an assignment the learner's own grade is only a note to the instructor, never a score.
 */
export type Grader = "self" | "instructor";

export const graderOf = (attempt: { assignmentId?: string | null }): Grader =>
  attempt.assignmentId ? "instructor" : "self";

/**
 * The answers that count, with an instructor's grade replacing the learner's own: the result page and the
 * gradebook both score through this, so the student and the instructor always see the same number. When the
 * instructor grades, a self-graded answer without their grade has no score yet ("awaiting grading"): like an
 * ungraded answer anywhere, it counts 0 until graded (README, "Grading in classes").
 */
export function withOverrides<A extends AnswerRecord>(
  answers: ReadonlyMap<string, A>,
  overrides: readonly GradeOverrideRecord[],
  grader: Grader = "self",
): Map<string, GradedAnswer<A>> {
  const byQuestion = new Map(overrides.map((o) => [o.questionId, o]));
  const graded = new Map<string, GradedAnswer<A>>();
  for (const [questionId, answer] of answers) {
    const override = byQuestion.get(questionId);
    if (override) graded.set(questionId, { ...answer, score: override.score, override });
    else if (grader === "instructor" && answer.selfGrade !== null) graded.set(questionId, { ...answer, score: null });
    else graded.set(questionId, answer);
  }
  return graded;
}

/** The one scoring path of an attempt (result page, quiz history, gradebook): newest answer per question, overrides applied. */
export function gradeAttempt<A extends AnswerRecord>(
  attempt: { questionIds: readonly string[]; passPercent: number | null; elapsedMs: number },
  rows: readonly A[],
  overrides: readonly GradeOverrideRecord[],
  grader: Grader = "self",
): { answers: Map<string, GradedAnswer<A>>; summary: AttemptSummary<GradedAnswer<A>> } {
  const answers = withOverrides(latestAnswers(rows), overrides, grader);
  return { answers, summary: summarizeAttempt(attempt, answers) };
}
