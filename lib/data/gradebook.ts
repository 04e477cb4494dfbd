import "server-only";
import { getTranslations } from "next-intl/server";
import { recordAuditEvent } from "../audit/record-audit-event";
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
  const [lang, t] = await Promise.all([uiLocale(), getTranslations("privacy.gradebook")]);
  const gradebook = await loadGradebook(prisma, viewer, quizContent(), { classId, assignmentId }, lang, new Date());
  // A deleted student's kept grade has no name: it reads "Deleted student" in the page's language, CSV included.
  for (const student of gradebook.students) if (student.deleted) student.name = t("deletedStudent");
  return gradebook;
}

/** The gradebook for its CSV download, which is recorded in the audit log (who exported which class's grades). */
export async function getGradebookForExport(classId: string, assignmentId: string) {
  const gradebook = await getGradebook(classId, assignmentId);
  const viewer = (await currentViewer())!;
  await recordAuditEvent(prisma, new Date(), {
    kind: "gradebook_export",
    actorId: viewer.userId,
    details: { classId, assignmentId },
  });
  return gradebook;
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
