import type { Viewer } from "../auth/viewer";
import { requireMemberClass, requireOwnedClass } from "../classes/access";
import type { Db } from "../db/types";
import { parseAssignment } from "./assignment-record";
import { candidateView } from "./candidate-view";

/** A class's assignments for its owner, with how many current members have submitted each. */
export async function assignmentsForOwner(db: Db, viewer: Viewer, classId: string) {
  await requireOwnedClass(db, viewer, classId);
  const [rows, total] = await Promise.all([
    db.assignment.findMany({ where: { classId }, orderBy: { dueAt: "asc" } }),
    db.membership.count({ where: { classId } }),
  ]);
  // Only current members count: a removed student's attempts stay in the database but not in the tally.
  const finished = await db.quizAttempt.findMany({
    where: {
      assignmentId: { in: rows.map((r) => r.id) },
      finishedAt: { not: null },
      profile: { user: { memberships: { some: { classId } } } },
    },
    select: { assignmentId: true, profileId: true },
    distinct: ["assignmentId", "profileId"],
  });
  return rows.map((row) => ({
    ...parseAssignment(row),
    submitted: finished.filter((f) => f.assignmentId === row.id).length,
    total,
  }));
}

/** The viewer's assignments in the classes they are a member of, soonest due first, each with their standing. */
async function assignmentsOfMember(db: Db, viewer: Viewer, now: Date, classId?: string) {
  const rows = await db.assignment.findMany({
    where: { classId, classroom: { members: { some: { userId: viewer.userId } } } },
    orderBy: { dueAt: "asc" },
    include: {
      classroom: { select: { name: true } },
      attempts: { where: { profileId: viewer.profileId }, select: { id: true, startedAt: true, finishedAt: true } },
    },
  });
  return rows.map(({ attempts, classroom, ...row }) => ({
    ...parseAssignment(row),
    className: classroom.name,
    ...candidateView(row, attempts, now),
  }));
}

export const myAssignments = (db: Db, viewer: Viewer, now: Date) => assignmentsOfMember(db, viewer, now);

/** One class's assignments as a member sees them; anyone else gets NotFound. */
export async function assignmentsForMember(db: Db, viewer: Viewer, classId: string, now: Date) {
  await requireMemberClass(db, viewer, classId);
  return assignmentsOfMember(db, viewer, now, classId);
}

export type MyAssignment = Awaited<ReturnType<typeof myAssignments>>[number];
