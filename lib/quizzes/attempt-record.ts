import { z } from "zod";
import { BilingualTextSchema } from "../content/schemas/common";
import type { Db } from "../db/types";
import { NotFoundError } from "../errors";
import { QuizModeSchema } from "../quiz/response";

const QuestionIdsSchema = z.array(z.string());

/** The learner's own attempt with its JSON columns parsed, or undefined: another profile's attempt does not exist for them. */
export async function findOwnAttempt(db: Db, profileId: string, attemptId: string) {
  const row = await db.quizAttempt.findFirst({ where: { id: attemptId, profileId } });
  if (!row) return undefined;
  return { ...row, mode: QuizModeSchema.parse(row.mode), title: BilingualTextSchema.parse(JSON.parse(row.title)), questionIds: QuestionIdsSchema.parse(JSON.parse(row.questionIds)) };
}

export async function requireOwnAttempt(db: Db, profileId: string, attemptId: string) {
  const attempt = await findOwnAttempt(db, profileId, attemptId);
  if (!attempt) throw new NotFoundError("attempt", attemptId);
  return attempt;
}

export type OwnAttempt = NonNullable<Awaited<ReturnType<typeof findOwnAttempt>>>;
