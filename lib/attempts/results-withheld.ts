type WithFeedback = { assignment: { feedback: string; dueAt: Date } | null };

/**
 * An "after-due" assignment keeps scores, answers and explanations back until the due date, so early
 * finishers cannot pass the answers on. The submission itself is confirmed at once.
 */
export const resultsWithheld = (a: WithFeedback, now: Date): boolean =>
  a.assignment?.feedback === "after-due" && now < a.assignment.dueAt;

/** An exam not yet handed in: it confirms each save and reveals no verdict, model answer or explanation. */
export const examInProgress = (a: { mode: string; finishedAt: Date | null }): boolean =>
  a.mode === "exam" && a.finishedAt === null;
