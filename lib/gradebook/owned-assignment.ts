import { z } from "zod";
import { canTeach } from "../auth/roles";
import type { Viewer } from "../auth/viewer";
import { BilingualTextSchema } from "../content/schemas/common";
import type { Db } from "../db/types";
import { NotFoundError } from "../errors";

const QuestionIdsSchema = z.array(z.string());

/**
 * An assignment of a class the viewer owns, with its JSON parsed. Anything else (another instructor's class, a
 * candidate, a guessed id, an assignment under another class's URL) is "not found", never a hint that it exists.
 */
export async function requireOwnedAssignment(db: Db, viewer: Viewer, classId: string, assignmentId: string) {
  const row = canTeach(viewer.role)
    ? await db.assignment.findFirst({
        where: { id: assignmentId, classId, classroom: { ownerId: viewer.userId } },
        include: { classroom: { select: { id: true, name: true } } },
      })
    : null;
  if (!row) throw new NotFoundError("assignment", assignmentId);
  return {
    ...row,
    title: BilingualTextSchema.parse(JSON.parse(row.title)),
    questionIds: QuestionIdsSchema.parse(JSON.parse(row.questionIds)),
  };
}

export type OwnedAssignment = Awaited<ReturnType<typeof requireOwnedAssignment>>;

/** The class's current members with the profile holding their attempts; removed members are simply not here. */
export async function currentMembers(db: Db, classId: string) {
  const members = await db.membership.findMany({
    where: { classId },
    include: { user: { select: { id: true, name: true, email: true, profile: { select: { id: true } } } } },
  });
  return members
    .map((m) => ({ userId: m.user.id, name: m.user.name, email: m.user.email, profileId: m.user.profile?.id }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.email.localeCompare(b.email));
}

/** Every attempt at the assignment by these profiles, with answers and instructor grades. */
export async function assignmentAttempts(db: Db, assignmentId: string, profileIds: readonly string[]) {
  const rows = await db.quizAttempt.findMany({
    where: { assignmentId, profileId: { in: [...profileIds] } },
    include: { answers: { orderBy: { answeredAt: "asc" } }, overrides: true },
    orderBy: { startedAt: "asc" },
  });
  return rows.map((row) => ({ ...row, questionIds: QuestionIdsSchema.parse(JSON.parse(row.questionIds)) }));
}
