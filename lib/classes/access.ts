import type { Viewer } from "../auth/viewer";
import type { Db } from "../db/types";
import { NotFoundError } from "../errors";

/**
 * The class, if the viewer owns it. Another instructor's class, and an id that does not exist, give the same
 * NotFoundError: an id in a URL tells nobody whether it exists.
 */
export async function requireOwnedClass(db: Db, viewer: Viewer, classId: string) {
  const found = await db.classroom.findFirst({ where: { id: classId, ownerId: viewer.userId } });
  if (!found) throw new NotFoundError("class", classId);
  return found;
}

/** The class, if the viewer is a current member (a removed member's row is gone, and with it their access). */
export async function requireMemberClass(db: Db, viewer: Viewer, classId: string) {
  const found = await db.classroom.findFirst({ where: { id: classId, members: { some: { userId: viewer.userId } } } });
  if (!found) throw new NotFoundError("class", classId);
  return found;
}

/** Whether a profile's account is still a member of the class an assignment belongs to. */
export async function isMemberForAssignment(db: Db, profileId: string, assignmentId: string): Promise<boolean> {
  const count = await db.membership.count({
    where: { classroom: { assignments: { some: { id: assignmentId } } }, user: { profile: { id: profileId } } },
  });
  return count > 0;
}
