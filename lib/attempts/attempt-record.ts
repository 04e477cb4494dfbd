import { z } from "zod";
import { BilingualTextSchema } from "../content/schemas/common";
import type { Db } from "../db/types";
import { isMemberForAssignment } from "../classes/access";
import { NotFoundError } from "../errors";
import { QuizModeSchema } from "../quiz/response";

const QuestionIdsSchema = z.array(z.string());

/** The learner's own attempt (with its assignment's feedback rule, if any) with its JSON columns parsed, or undefined: another profile's attempt does not exist for them. */
export async function findOwnAttempt(db: Db, profileId: string, attemptId: string) {
  const row = await db.quizAttempt.findFirst({
    where: { id: attemptId, profileId },
    include: { assignment: { select: { feedback: true, dueAt: true } } },
  });
  if (!row) return undefined;
  // A student removed from the class loses the assignment's attempts with it: they can neither resume nor read them.
  if (row.assignmentId && !(await isMemberForAssignment(db, profileId, row.assignmentId))) return undefined;
  return {
    ...row,
    mode: QuizModeSchema.parse(row.mode),
    title: BilingualTextSchema.parse(JSON.parse(row.title)),
    questionIds: QuestionIdsSchema.parse(JSON.parse(row.questionIds)),
  };
}

export async function requireOwnAttempt(db: Db, profileId: string, attemptId: string) {
  const attempt = await findOwnAttempt(db, profileId, attemptId);
  if (!attempt) throw new NotFoundError("attempt", attemptId);
  return attempt;
}

export type OwnAttempt = NonNullable<Awaited<ReturnType<typeof findOwnAttempt>>>;
