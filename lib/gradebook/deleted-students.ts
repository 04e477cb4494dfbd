import { z } from "zod";
import type { Db } from "../db/types";
import type { GradebookStudent } from "./load-gradebook";

const ScoresSchema = z.array(z.number().nullable());

/**
 * The kept grades of students who deleted their account (lib/privacy/keep-deleted-student-grades.ts), as gradebook
 * rows after the current members: they count in the averages and the item analysis like any submission, so the
 * class's figures do not move when someone leaves. The name is filled in by the page in its language.
 */
export async function deletedStudentRows(db: Db, assignmentId: string): Promise<GradebookStudent[]> {
  const kept = await db.deletedStudentGrade.findMany({ where: { assignmentId }, orderBy: { submittedAt: "asc" } });
  return kept.map((k) => ({
    userId: `deleted:${k.id}`,
    name: "",
    email: "",
    status: k.late ? "late" : "submitted",
    attempts: k.attempts,
    scorePercent: k.scorePercent,
    timeTakenMs: k.timeTakenMs,
    submittedAt: k.submittedAt,
    late: k.late,
    questionScores: ScoresSchema.parse(JSON.parse(k.questionScores)),
    // Their answers went with the account, so nothing is left to grade: the kept credit is final.
    awaitingGrade: [],
    deleted: true,
  }));
}
