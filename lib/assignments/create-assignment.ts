import { randomUUID } from "node:crypto";
import type { Viewer } from "../auth/viewer";
import { requireOwnedClass } from "../classes/access";
import type { Db } from "../db/types";
import type { QuizContent } from "../quiz/content-source";
import type { Random } from "../quiz/random";
import type { AssignInput } from "./assign-input";
import { resolveQuestions } from "./resolve-questions";

/** Gives the class a quiz: its questions are fixed now, so every student answers the same ones. Owner only. */
export async function createAssignment(
  db: Db,
  viewer: Viewer,
  content: QuizContent,
  input: AssignInput,
  now: Date,
  random: Random,
): Promise<{ assignmentId: string }> {
  await requireOwnedClass(db, viewer, input.classId);
  const resolved = resolveQuestions(content, input.source, random);
  const title = input.title ? { zh: input.title, en: input.title } : resolved.title;
  const timeLimitSec = input.timeLimitMin ? input.timeLimitMin * 60 : resolved.timeLimitSec;
  const created = await db.assignment.create({
    data: {
      id: randomUUID(),
      classId: input.classId,
      title: JSON.stringify(title),
      source: JSON.stringify(input.source),
      questionIds: JSON.stringify(resolved.questionIds),
      opensAt: input.opensAt,
      dueAt: input.dueAt,
      timeLimitSec,
      maxAttempts: input.maxAttempts,
      feedback: input.feedback,
      passPercent: resolved.passPercent,
      createdAt: now,
    },
  });
  return { assignmentId: created.id };
}
