import { z } from "zod";
import { canTeach } from "../auth/roles";
import type { Viewer } from "../auth/viewer";
import type { Db } from "../db/types";
import { ConflictError, InvalidInputError, NotFoundError } from "../errors";
import type { QuizContent } from "../quiz/content-source";
import { isSelfGraded } from "../quiz/grade";

export const MAX_GRADE_COMMENT = 2000;

export const OverrideGradeInputSchema = z.strictObject({
  attemptId: z.string().min(1).max(200),
  questionId: z.string().min(1).max(200),
  /** Credit from 0 to 1; the form offers correct (1), partly (0.5) and wrong (0). */
  score: z.number().min(0).max(1),
  comment: z.string().trim().max(MAX_GRADE_COMMENT),
});
export type OverrideGradeInput = z.infer<typeof OverrideGradeInputSchema>;

/**
 * The instructor's grade of an open or code answer, replacing the student's self-grade in every score (their
 * result page included), with a comment they see. Only the owner of the assignment's class may grade, and only
 * a current member's answer; grading again replaces the grade. Everything is checked before the one write.
 */
export async function overrideGrade(
  db: Db,
  viewer: Viewer,
  content: QuizContent,
  input: OverrideGradeInput,
  now: Date,
) {
  const attempt = canTeach(viewer.role)
    ? await db.quizAttempt.findFirst({
        where: { id: input.attemptId, assignment: { classroom: { ownerId: viewer.userId } } },
        include: { assignment: { select: { classId: true } }, profile: { select: { userId: true } } },
      })
    : null;
  const classId = attempt?.assignment?.classId;
  const userId = attempt?.profile.userId;
  const member =
    classId && userId ? await db.membership.findUnique({ where: { classId_userId: { classId, userId } } }) : null;
  if (!attempt || !classId || !member) throw new NotFoundError("attempt", input.attemptId);
  if (!(JSON.parse(attempt.questionIds) as string[]).includes(input.questionId))
    throw new ConflictError("not-in-attempt");
  const question = content.questions.find((q) => q.id === input.questionId);
  if (!question) throw new NotFoundError("question", input.questionId);
  if (!isSelfGraded(question.type)) {
    throw new InvalidInputError(
      "questionId",
      `only open and code answers are graded by hand; this ${question.type} question is graded automatically`,
    );
  }
  const answered = await db.quizAnswer.count({ where: { attemptId: attempt.id, questionId: question.id } });
  if (answered === 0) throw new ConflictError("not-answered");
  const data = { score: input.score, comment: input.comment, byUserId: viewer.userId, updatedAt: now };
  await db.gradeOverride.upsert({
    where: { attemptId_questionId: { attemptId: attempt.id, questionId: question.id } },
    create: { attemptId: attempt.id, questionId: question.id, ...data },
    update: data,
  });
  return {
    attemptId: attempt.id,
    questionId: question.id,
    classId,
    assignmentId: attempt.assignmentId!,
    score: input.score,
  };
}
