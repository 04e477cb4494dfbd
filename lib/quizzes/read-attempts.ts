import { BilingualTextSchema } from "../content/schemas/common";
import type { Db } from "../db/types";
import { QuizModeSchema } from "../quiz/response";
import { latestAnswers, summarizeAttempt } from "../quiz/summary";
import { findOwnAttempt } from "./attempt-record";

/** One attempt with the answers that count (the newest row per question), or undefined if it is not theirs. */
export async function loadAttempt(db: Db, profileId: string, attemptId: string) {
  const attempt = await findOwnAttempt(db, profileId, attemptId);
  if (!attempt) return undefined;
  const rows = await db.quizAnswer.findMany({ where: { attemptId }, orderBy: { answeredAt: "asc" } });
  const answers = latestAnswers(rows);
  return { attempt, answers, summary: summarizeAttempt(attempt, answers) };
}

export type LoadedAttempt = NonNullable<Awaited<ReturnType<typeof loadAttempt>>>;

/**
 * The learner's unfinished attempts (to resume) and their most recent results. A result an "after-due"
 * assignment still keeps back is left out: its score would give away what the result page withholds.
 */
export async function listAttempts(db: Db, profileId: string, recent = 10, now = new Date()) {
  const [open, done] = await Promise.all([
    db.quizAttempt.findMany({ where: { profileId, finishedAt: null }, orderBy: { updatedAt: "desc" }, include: { answers: true } }),
    db.quizAttempt.findMany({
      where: { profileId, finishedAt: { not: null }, NOT: { assignment: { is: { feedback: "after-due", dueAt: { gt: now } } } } },
      orderBy: { finishedAt: "desc" },
      take: recent,
      include: { answers: true },
    }),
  ]);
  const view = (row: (typeof open)[number]) => {
    const attempt = {
      ...row,
      mode: QuizModeSchema.parse(row.mode),
      title: BilingualTextSchema.parse(JSON.parse(row.title)),
      questionIds: JSON.parse(row.questionIds) as string[],
    };
    return { attempt, summary: summarizeAttempt(attempt, latestAnswers(row.answers)) };
  };
  return { unfinished: open.map(view), finished: done.map(view) };
}
