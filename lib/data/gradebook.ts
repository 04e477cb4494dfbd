import "server-only";
import { prisma } from "../db/client";
import { NotFoundError } from "../errors";
import { loadGradebook } from "../gradebook/load-gradebook";
import { loadStudentAnswers } from "../gradebook/load-student-answers";
import { loadGradingQueue } from "../gradebook/grading-queue";
import { quizContent } from "./quiz-content";
import { currentViewer } from "../session/viewer";
import { uiLocale } from "../session/ui-locale";

/**
 * The gradebook of an assignment, for the owner of its class. Throws NotFoundError for everyone else (signed
 * out included): pages call notFound(), the CSV route answers 404.
 */
export async function getGradebook(classId: string, assignmentId: string) {
  const viewer = await currentViewer();
  if (!viewer) throw new NotFoundError("assignment", assignmentId);
  const lang = await uiLocale();
  return loadGradebook(prisma, viewer, quizContent(), { classId, assignmentId }, lang, new Date());
}

/** One student's attempts and answers at an assignment, for the owner of the class (else NotFoundError). */
export async function getStudentAnswers(classId: string, assignmentId: string, userId: string, attemptId?: string) {
  const viewer = await currentViewer();
  if (!viewer) throw new NotFoundError("assignment", assignmentId);
  const lang = await uiLocale();
  return loadStudentAnswers(prisma, viewer, quizContent(), { classId, assignmentId, userId, attemptId }, lang, new Date());
}

/** The "Needs grading" queue of a class, or of one of its assignments, for the class's owner (else NotFoundError). */
export async function getGradingQueue(classId: string, assignmentId: string | undefined, position: number) {
  const viewer = await currentViewer();
  if (!viewer) throw new NotFoundError(assignmentId ? "assignment" : "class", assignmentId ?? classId);
  const lang = await uiLocale();
  return loadGradingQueue(prisma, viewer, quizContent(), { classId, assignmentId }, position, lang);
}

/** For pages: a NotFoundError becomes the 404 page, anything else is a real error. */
export async function orNotFound<T>(load: Promise<T>, notFound: () => never): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
