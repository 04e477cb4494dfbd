import { randomUUID } from "node:crypto";
import type { Db } from "../db/types";
import { studentResult } from "../gradebook/counted-attempt";

/**
 * Before a student's account goes, copies their counted result on every assignment of the classes they belong to
 * into DeletedStudentGrade, so each gradebook keeps a "Deleted student" row with the same score, time, submission
 * and per-question credit as before. Only submitted work is kept (a grade exists only once something was handed
 * in); nothing that names the student or repeats their answers is copied. Returns how many rows were kept.
 */
export async function keepDeletedStudentGrades(db: Db, userId: string, profileId: string, now: Date): Promise<number> {
  const attempts = await db.quizAttempt.findMany({
    where: {
      profileId,
      assignmentId: { not: null },
      assignment: { classroom: { members: { some: { userId } } } },
    },
    include: {
      answers: { orderBy: { answeredAt: "asc" } },
      overrides: true,
      assignment: { select: { id: true, dueAt: true, questionIds: true } },
    },
  });
  const byAssignment = new Map<string, typeof attempts>();
  for (const attempt of attempts)
    byAssignment.set(attempt.assignmentId!, [...(byAssignment.get(attempt.assignmentId!) ?? []), attempt]);
  let kept = 0;
  for (const rows of byAssignment.values()) {
    const assignment = rows[0]!.assignment!;
    const questionIds = JSON.parse(assignment.questionIds) as string[];
    const result = studentResult(
      rows.map((row) => ({ ...row, questionIds: JSON.parse(row.questionIds) as string[] })),
      assignment.dueAt,
      now,
    );
    const counted = result.counted;
    if (!counted) continue;
    const scores = new Map(counted.summary.rows.map((r) => [r.questionId, r.answer ? r.score : null]));
    await db.deletedStudentGrade.create({
      data: {
        id: randomUUID(),
        assignmentId: assignment.id,
        submittedAt: counted.submittedAt,
        scorePercent: counted.scorePercent,
        timeTakenMs: counted.timeTakenMs,
        late: counted.late,
        attempts: result.attempts.length,
        questionScores: JSON.stringify(questionIds.map((id) => scores.get(id) ?? null)),
        deletedAt: now,
      },
    });
    kept++;
  }
  return kept;
}
