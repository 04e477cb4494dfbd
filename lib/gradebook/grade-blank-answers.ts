import type { Viewer } from "../auth/viewer";
import type { Db } from "../db/types";
import type { QuizContent } from "../quiz/content-source";
import { awaitingAnswers, type GradingQueueInput } from "./awaiting-answers";

/**
 * The bulk action of the grading queue: every awaiting answer with nothing typed gets 0, with no comment. Only
 * answers still awaiting are touched, so a grade the instructor already gave is never replaced, and running it
 * twice grades nothing the second time. Authorisation is the queue's own (the class's owner only).
 */
export async function gradeBlankAnswers(
  db: Db,
  viewer: Viewer,
  content: QuizContent,
  input: GradingQueueInput,
  now: Date,
): Promise<{ graded: number; classId: string; assignmentIds: string[] }> {
  const { items } = await awaitingAnswers(db, viewer, content, input);
  const blank = items.filter((i) => i.blank);
  for (const item of blank) {
    await db.gradeOverride.upsert({
      where: { attemptId_questionId: { attemptId: item.attemptId, questionId: item.questionId } },
      create: {
        attemptId: item.attemptId,
        questionId: item.questionId,
        score: 0,
        comment: "",
        byUserId: viewer.userId,
        updatedAt: now,
      },
      update: {},
    });
  }
  return {
    graded: blank.length,
    classId: input.classId,
    assignmentIds: [...new Set(blank.map((i) => i.assignment.id))],
  };
}
