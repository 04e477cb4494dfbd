/** A stored answer row, as far as the summary cares. */
export type AnswerRecord = {
  id: string;
  questionId: string;
  response: string;
  score: number | null;
  selfGrade: string | null;
  answeredAt: Date;
};

/** Answers are append-only: the newest row per question is the one that counts (later rows win ties). */
export function latestAnswers<A extends AnswerRecord>(rows: readonly A[]): Map<string, A> {
  const latest = new Map<string, A>();
  for (const row of rows) {
    const current = latest.get(row.questionId);
    if (!current || row.answeredAt.getTime() >= current.answeredAt.getTime()) latest.set(row.questionId, row);
  }
  return latest;
}

export type AttemptSummary<A extends AnswerRecord> = {
  total: number;
  answered: number;
  /** Open and code answers not graded yet (by the learner, or in an assignment by the instructor): they count as 0 until graded. */
  awaitingGrade: number;
  /** 0–100, every question weighs the same, unanswered ones count 0. */
  scorePercent: number;
  /** null when the quiz has no pass mark. */
  passed: boolean | null;
  timeUsedMs: number;
  rows: { questionId: string; answer?: A; score: number | null }[];
  /** Questions answered with less than full credit, or not answered at all; ungraded ones are not counted. */
  missed: string[];
};

export function summarizeAttempt<A extends AnswerRecord>(
  attempt: { questionIds: readonly string[]; passPercent: number | null; elapsedMs: number },
  answers: ReadonlyMap<string, A>,
): AttemptSummary<A> {
  const rows = attempt.questionIds.map((questionId) => {
    const answer = answers.get(questionId);
    return { questionId, answer, score: answer ? answer.score : 0 };
  });
  const total = rows.length;
  const points = rows.reduce((sum, r) => sum + (r.score ?? 0), 0);
  const scorePercent = total ? Math.round((points / total) * 1000) / 10 : 0;
  return {
    total,
    answered: rows.filter((r) => r.answer).length,
    awaitingGrade: rows.filter((r) => r.answer && r.score === null).length,
    scorePercent,
    passed: attempt.passPercent === null ? null : scorePercent >= attempt.passPercent,
    timeUsedMs: attempt.elapsedMs,
    rows,
    missed: rows.filter((r) => r.score !== null && r.score < 1).map((r) => r.questionId),
  };
}
