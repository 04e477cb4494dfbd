import { z } from "zod";
import { canTeach } from "../auth/roles";
import type { Viewer } from "../auth/viewer";
import { BilingualTextSchema, type BilingualText } from "../content/schemas/common";
import type { Db } from "../db/types";
import { NotFoundError } from "../errors";
import type { QuizContent } from "../quiz/content-source";
import { isSelfGraded } from "../quiz/grade";
import { parseStoredResponse } from "../quiz/response";
import { scoreAttempt } from "./counted-attempt";
import { assignmentAttempts, currentMembers } from "./owned-assignment";

/** A class's queue, or one assignment's. */
export const GradingQueueInputSchema = z.strictObject({
  classId: z.string().min(1).max(200),
  assignmentId: z.string().min(1).max(200).optional(),
});
export type GradingQueueInput = z.infer<typeof GradingQueueInputSchema>;

/** One handed-in open or code answer the instructor has not graded yet. */
export type AwaitingAnswer = {
  attemptId: string;
  assignment: { id: string; title: BilingualText; dueAt: Date };
  student: { userId: string; name: string };
  questionId: string;
  /** The stored response (JSON) and the student's own grade, a note for the instructor. */
  response: string;
  selfGrade: string | null;
  /** Nothing typed (or only spaces): what "grade blank answers 0" grades. */
  blank: boolean;
  submittedAt: Date;
};

const isBlank = (response: string) => {
  const parsed = parseStoredResponse(response);
  return !parsed || !("text" in parsed) || parsed.text.trim() === "";
};

/**
 * The answers waiting for the instructor in a class they own (or one of its assignments): every handed-in
 * attempt of a current member, since grading can change which attempt counts. Oldest due date first, then by
 * student and question order. Anyone else (a candidate, another class's instructor, a guessed id) gets
 * NotFoundError, as for the gradebook.
 */
export async function awaitingAnswers(
  db: Db,
  viewer: Viewer,
  content: QuizContent,
  input: GradingQueueInput,
): Promise<{ className: string; items: AwaitingAnswer[] }> {
  const classroom = canTeach(viewer.role)
    ? await db.classroom.findFirst({ where: { id: input.classId, ownerId: viewer.userId } })
    : null;
  if (!classroom)
    throw new NotFoundError(input.assignmentId ? "assignment" : "class", input.assignmentId ?? input.classId);
  const assignments = await db.assignment.findMany({
    where: { classId: classroom.id, ...(input.assignmentId ? { id: input.assignmentId } : {}) },
    orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
    select: { id: true, title: true, dueAt: true },
  });
  if (input.assignmentId && assignments.length === 0) throw new NotFoundError("assignment", input.assignmentId);
  const members = await currentMembers(db, classroom.id);
  const byProfile = new Map(members.flatMap((m) => (m.profileId ? [[m.profileId, m] as const] : [])));
  const handGraded = (id: string) => {
    const question = content.question(id);
    return !!question && isSelfGraded(question.type);
  };
  const items: AwaitingAnswer[] = [];
  for (const assignment of assignments) {
    const title = BilingualTextSchema.parse(JSON.parse(assignment.title));
    const attempts = await assignmentAttempts(db, assignment.id, [...byProfile.keys()]);
    const finished = attempts.filter((a) => a.finishedAt !== null);
    const ordered = finished.sort(
      (a, b) =>
        byProfile.get(a.profileId)!.name.localeCompare(byProfile.get(b.profileId)!.name) ||
        a.startedAt.getTime() - b.startedAt.getTime(),
    );
    for (const attempt of ordered) {
      const member = byProfile.get(attempt.profileId)!;
      for (const row of scoreAttempt(attempt).summary.rows) {
        if (!row.answer || row.score !== null || !handGraded(row.questionId)) continue;
        items.push({
          attemptId: attempt.id,
          assignment: { id: assignment.id, title, dueAt: assignment.dueAt },
          student: { userId: member.userId, name: member.name },
          questionId: row.questionId,
          response: row.answer.response,
          selfGrade: row.answer.selfGrade,
          blank: isBlank(row.answer.response),
          submittedAt: attempt.finishedAt!,
        });
      }
    }
  }
  return { className: classroom.name, items };
}
