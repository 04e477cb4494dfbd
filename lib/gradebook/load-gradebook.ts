import { z } from "zod";
import type { AssignmentStatus } from "../assignments/status";
import type { Viewer } from "../auth/viewer";
import type { BilingualText, Lang } from "../content/schemas/common";
import type { Db } from "../db/types";
import type { QuizContent } from "../quiz/content-source";
import { studentResult } from "./counted-attempt";
import { itemAnalysis, MIN_STUDENTS_FOR_DISCRIMINATION } from "./item-analysis";
import { deletedStudentRows } from "./deleted-students";
import { assignmentAttempts, currentMembers, requireOwnedAssignment } from "./owned-assignment";
import { gradebookQuestions, type GradebookQuestion } from "./question-titles";

export const GradebookInputSchema = z.strictObject({
  classId: z.string().min(1).max(200),
  assignmentId: z.string().min(1).max(200),
});
export type GradebookInput = z.infer<typeof GradebookInputSchema>;

export type GradebookStudent = {
  userId: string;
  name: string;
  email: string;
  status: AssignmentStatus;
  attempts: number;
  /** From the counted attempt; null before a submission. */
  scorePercent: number | null;
  timeTakenMs: number | null;
  submittedAt: Date | null;
  late: boolean;
  /**
   * Credit per question (in the assignment's order) in the counted attempt: unanswered and awaiting-grading ones
   * count 0, as in the score; null before a submission.
   */
  questionScores: (number | null)[];
  /** Questions whose open or code answer awaits the instructor's grade in the counted attempt. */
  awaitingGrade: string[];
  /** A student who deleted their account: their kept grade, with no name, email or answers (README, "Your data"). */
  deleted?: true;
};

export type Gradebook = {
  assignment: {
    id: string;
    classId: string;
    className: string;
    title: BilingualText;
    opensAt: Date;
    dueAt: Date;
    maxAttempts: number;
  };
  /** `awaiting`: submitted answers to the question still waiting for the instructor's grade (counted 0 meanwhile). */
  questions: (GradebookQuestion & { facility: number | null; discrimination: number | null; awaiting: number })[];
  students: GradebookStudent[];
  /** Over the students who submitted; null when nobody has. */
  averages: {
    submitted: number;
    members: number;
    scorePercent: number | null;
    timeTakenMs: number | null;
    /** Answers in counted attempts still waiting for the instructor's grade. */
    awaitingGrade: number;
  };
  /** False below 3 submissions: discrimination is then not shown ("not enough students"). */
  enoughForDiscrimination: boolean;
};

const meanOrNull = (values: readonly number[]) =>
  values.length ? values.reduce((s, v) => s + v, 0) / values.length : null;

/** The gradebook of one assignment, for the owner of its class only: one row per current member. */
export async function loadGradebook(
  db: Db,
  viewer: Viewer,
  content: QuizContent,
  input: GradebookInput,
  lang: Lang,
  now: Date,
): Promise<Gradebook> {
  const assignment = await requireOwnedAssignment(db, viewer, input.classId, input.assignmentId);
  const members = await currentMembers(db, assignment.classId);
  const attempts = await assignmentAttempts(
    db,
    assignment.id,
    members.flatMap((m) => (m.profileId ? [m.profileId] : [])),
  );
  const students = members.map((member) => {
    const result = studentResult(
      attempts.filter((a) => a.profileId === member.profileId),
      assignment.dueAt,
      now,
    );
    const counted = result.counted;
    const scores = new Map(counted?.summary.rows.map((r) => [r.questionId, r.score ?? 0]) ?? []);
    const awaitingGrade =
      counted?.summary.rows.flatMap((r) => (r.answer && r.score === null ? [r.questionId] : [])) ?? [];
    const row: GradebookStudent = {
      userId: member.userId,
      name: member.name,
      email: member.email,
      status: result.status,
      attempts: result.attempts.length,
      scorePercent: counted?.scorePercent ?? null,
      timeTakenMs: counted?.timeTakenMs ?? null,
      submittedAt: counted?.submittedAt ?? null,
      late: counted?.late ?? false,
      questionScores: assignment.questionIds.map((id) => (counted ? (scores.get(id) ?? 0) : null)),
      awaitingGrade,
    };
    return { row, submitted: !!counted };
  });
  students.push(...(await deletedStudentRows(db, assignment.id)).map((row) => ({ row, submitted: true })));
  const submitted = students.filter((s) => s.submitted).map((s) => s.row);
  const items = itemAnalysis(
    assignment.questionIds,
    submitted.map((s) => new Map(assignment.questionIds.map((id, i) => [id, s.questionScores[i] ?? 0]))),
  );
  return {
    assignment: {
      id: assignment.id,
      classId: assignment.classId,
      className: assignment.classroom.name,
      title: assignment.title,
      opensAt: assignment.opensAt,
      dueAt: assignment.dueAt,
      maxAttempts: assignment.maxAttempts,
    },
    questions: gradebookQuestions(content, assignment.questionIds, lang).map((q, i) => ({
      ...q,
      facility: items[i]!.facility,
      discrimination: items[i]!.discrimination,
      awaiting: submitted.filter((s) => s.awaitingGrade.includes(q.id)).length,
    })),
    students: students.map((s) => s.row),
    averages: {
      submitted: submitted.length,
      // Every row of the table: current members and deleted students' kept grades.
      members: students.length,
      scorePercent: meanOrNull(submitted.map((s) => s.scorePercent!)),
      timeTakenMs: meanOrNull(submitted.map((s) => s.timeTakenMs!)),
      awaitingGrade: submitted.reduce((sum, s) => sum + s.awaitingGrade.length, 0),
    },
    enoughForDiscrimination: submitted.length >= MIN_STUDENTS_FOR_DISCRIMINATION,
  };
}
