import { latestAnswers, summarizeAttempt, type AnswerRecord, type AttemptSummary } from "./summary";

/** An instructor's grade of one open or code answer (GradeOverride row), as far as scoring cares. */
export type GradeOverrideRecord = { questionId: string; score: number; comment: string };

export type GradedAnswer<A extends AnswerRecord> = A & { override?: GradeOverrideRecord };

/**
 * The answers that count, with an instructor's grade replacing the learner's own: the result page and the
 * gradebook both score through this, so the student and the instructor always see the same number.
 */
export function withOverrides<A extends AnswerRecord>(
  answers: ReadonlyMap<string, A>,
  overrides: readonly GradeOverrideRecord[],
): Map<string, GradedAnswer<A>> {
  const byQuestion = new Map(overrides.map((o) => [o.questionId, o]));
  const graded = new Map<string, GradedAnswer<A>>();
  for (const [questionId, answer] of answers) {
    const override = byQuestion.get(questionId);
    graded.set(questionId, override ? { ...answer, score: override.score, override } : answer);
  }
  return graded;
}

/** The one scoring path of an attempt (result page, quiz history, gradebook): newest answer per question, overrides applied. */
export function gradeAttempt<A extends AnswerRecord>(
  attempt: { questionIds: readonly string[]; passPercent: number | null; elapsedMs: number },
  rows: readonly A[],
  overrides: readonly GradeOverrideRecord[],
): { answers: Map<string, GradedAnswer<A>>; summary: AttemptSummary<GradedAnswer<A>> } {
  const answers = withOverrides(latestAnswers(rows), overrides);
  return { answers, summary: summarizeAttempt(attempt, answers) };
}
