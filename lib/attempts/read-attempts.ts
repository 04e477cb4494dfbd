import { BilingualTextSchema } from "../content/schemas/common";
import type { Db } from "../db/types";
import { QuizModeSchema } from "../quiz/response";
import { gradeAttempt, graderOf } from "../quiz/overrides";
import { findOwnAttempt } from "./attempt-record";

/** One attempt with the answers that count (the newest row per question, an instructor's grade applied), or undefined if it is not theirs. */
export async function loadAttempt(db: Db, profileId: string, attemptId: string) {
  const attempt = await findOwnAttempt(db, profileId, attemptId);
  if (!attempt) return undefined;
  const [rows, overrides] = await Promise.all([
    db.quizAnswer.findMany({ where: { attemptId }, orderBy: { answeredAt: "asc" } }),
    db.gradeOverride.findMany({ where: { attemptId } }),
  ]);
  return { attempt, ...gradeAttempt(attempt, rows, overrides, graderOf(attempt)) };
}

export type LoadedAttempt = NonNullable<Awaited<ReturnType<typeof loadAttempt>>>;

/**
 * The learner's unfinished attempts (to resume) and their most recent results. A result an "after-due"
 * assignment still keeps back is left out: its score would give away what the result page withholds.
 */
export async function listAttempts(db: Db, profileId: string, recent = 10, now = new Date()) {
  const [open, done] = await Promise.all([
    db.quizAttempt.findMany({
      where: { profileId, finishedAt: null },
      orderBy: { updatedAt: "desc" },
      include: { answers: true, overrides: true },
    }),
    db.quizAttempt.findMany({
      where: {
        profileId,
        finishedAt: { not: null },
        NOT: { assignment: { is: { feedback: "after-due", dueAt: { gt: now } } } },
      },
      orderBy: { finishedAt: "desc" },
      take: recent,
      include: { answers: true, overrides: true },
    }),
  ]);
  const view = (row: (typeof open)[number]) => {
    const attempt = {
      ...row,
      mode: QuizModeSchema.parse(row.mode),
      title: BilingualTextSchema.parse(JSON.parse(row.title)),
      questionIds: JSON.parse(row.questionIds) as string[],
    };
    return { attempt, summary: gradeAttempt(attempt, row.answers, row.overrides, graderOf(attempt)).summary };
  };
  return { unfinished: open.map(view), finished: done.map(view) };
}
