import type { Viewer } from "../auth/viewer";
import type { Db } from "../db/types";
import { normalizeJoinCode } from "./join-code";
import { requireMemberClass, requireOwnedClass } from "./access";

/** The classes the viewer owns (an admin sees only their own too: teaching is per class, not per role). */
export async function classesITeach(db: Db, viewer: Viewer) {
  const rows = await db.classroom.findMany({
    where: { ownerId: viewer.userId },
    orderBy: { createdAt: "desc" },
    include: { _count: { select: { members: true, assignments: true } } },
  });
  return rows.map((c) => ({
    id: c.id,
    name: c.name,
    joinCode: c.joinCode,
    joinEnabled: c.joinEnabled,
    members: c._count.members,
    assignments: c._count.assignments,
  }));
}

/** The classes the viewer is a member of, with who teaches them. */
export async function classesIAmIn(db: Db, viewer: Viewer) {
  const rows = await db.membership.findMany({
    where: { userId: viewer.userId },
    orderBy: { joinedAt: "desc" },
    include: { classroom: { include: { owner: { select: { name: true } } } } },
  });
  return rows.map((m) => ({
    id: m.classroom.id,
    name: m.classroom.name,
    instructor: m.classroom.owner.name,
    joinedAt: m.joinedAt,
  }));
}

/** One class as its owner manages it: the code, joining, the roster, and the students removed from it. */
export async function classForOwner(db: Db, viewer: Viewer, classId: string) {
  const c = await requireOwnedClass(db, viewer, classId);
  const person = { select: { id: true, name: true, email: true } };
  const members = await db.membership.findMany({
    where: { classId },
    orderBy: { joinedAt: "asc" },
    include: { user: person },
  });
  const removals = await db.classRemoval.findMany({
    where: { classId },
    orderBy: { removedAt: "desc" },
    include: { user: person },
  });
  return {
    id: c.id,
    name: c.name,
    joinCode: c.joinCode,
    joinEnabled: c.joinEnabled,
    roster: members.map((m) => ({ userId: m.user.id, name: m.user.name, email: m.user.email, joinedAt: m.joinedAt })),
    removed: removals.map((r) => ({
      userId: r.user.id,
      name: r.user.name,
      email: r.user.email,
      removedAt: r.removedAt,
    })),
  };
}

/** One class as a member sees it: its name and instructor (the roster is the owner's business). */
export async function classForMember(db: Db, viewer: Viewer, classId: string) {
  const c = await requireMemberClass(db, viewer, classId);
  const owner = await db.user.findUniqueOrThrow({ where: { id: c.ownerId }, select: { name: true } });
  return { id: c.id, name: c.name, instructor: owner.name };
}

/** What the join page shows before joining: the class's name, if the code is one. Disabled codes still name it. */
export async function classByJoinCode(db: Db, code: string) {
  const c = await db.classroom.findUnique({
    where: { joinCode: normalizeJoinCode(code) },
    include: { owner: { select: { name: true } } },
  });
  return c
    ? { id: c.id, name: c.name, instructor: c.owner.name, joinEnabled: c.joinEnabled, ownerId: c.ownerId }
    : undefined;
}
