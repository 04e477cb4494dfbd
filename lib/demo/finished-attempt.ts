import type { PrismaClient } from "@prisma/client";
import { startAssignmentAttempt } from "../assignments/start-assignment-attempt";
import type { Viewer } from "../auth/viewer";
import { isSelfGraded } from "../quiz/grade";
import { questionIn, type QuizContent } from "../quiz/content-source";
import { answerQuestion } from "../attempts/answer-question";
import { finishAttempt } from "../attempts/finish-attempt";
import { selfGradeAnswer } from "../attempts/self-grade-answer";
import { demoId } from "./ids";
import { demoResponse } from "./quiz-response";

const MINUTE = 60_000;

/** Every third question answered wrong: a result worth looking at in the gradebook, neither perfect nor failed. */
const answersRight = (position: number) => position % 3 !== 2;

/**
 * A candidate's finished attempt at the assignment, through the same services the quiz page calls: started at
 * `startedAt`, one answer a minute, open answers self-graded on the result page, then handed in.
 */
export async function seedFinishedAttempt(
  db: PrismaClient,
  viewer: Viewer,
  content: QuizContent,
  assignmentId: string,
  startedAt: Date,
): Promise<{ attemptId: string }> {
  const at = (minutes: number) => new Date(startedAt.getTime() + minutes * MINUTE);
  const { attemptId } = await startAssignmentAttempt(
    db,
    viewer,
    { assignmentId, attemptId: demoId("attempt", viewer.userId, assignmentId) },
    startedAt,
  );
  const attempt = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId }, select: { questionIds: true } });
  const questionIds = JSON.parse(attempt.questionIds) as string[];
  for (const [i, questionId] of questionIds.entries()) {
    const question = content.question(questionId);
    if (!question) continue;
    const response = demoResponse(question, questionIn(question, "en").content, answersRight(i));
    const answerId = demoId("answer", attemptId, questionId);
    await answerQuestion(
      db,
      viewer.profileId,
      content,
      { attemptId, answerId, questionId, response, elapsedMs: (i + 1) * MINUTE },
      "en",
      at(i + 1),
    );
  }
  const finishedAt = at(questionIds.length + 1);
  await finishAttempt(db, viewer.profileId, { attemptId, elapsedMs: (questionIds.length + 1) * MINUTE }, finishedAt);
  for (const [i, questionId] of questionIds.entries()) {
    const question = content.question(questionId);
    if (!question || !isSelfGraded(question.type)) continue;
    const grade = answersRight(i) ? "correct" : "wrong";
    await selfGradeAnswer(
      db,
      viewer.profileId,
      content,
      { attemptId, answerId: demoId("self-grade", attemptId, questionId), questionId, grade },
      at(questionIds.length + 2),
    );
  }
  return { attemptId };
}
