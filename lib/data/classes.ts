import "server-only";
import { assignmentsForMember, assignmentsForOwner, myAssignments } from "../assignments/read-assignments";
import { canTeach } from "../auth/roles";
import { classByJoinCode, classesIAmIn, classesITeach, classForMember, classForOwner } from "../classes/read-classes";
import { prisma } from "../db/client";
import { NotFoundError } from "../errors";
import { currentViewer } from "../session/viewer";

/** NotFound becomes undefined, so a page can call notFound(); anything else is a real failure. */
async function orUndefined<T>(read: Promise<T>): Promise<T | undefined> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}

/** The /classes page: what the viewer teaches and what they are in (nothing for an anonymous visitor). */
export async function myClasses() {
  const viewer = await currentViewer();
  if (!viewer) return undefined;
  const [teaching, member] = await Promise.all([canTeach(viewer.role) ? classesITeach(prisma, viewer) : [], classesIAmIn(prisma, viewer)]);
  return { viewer, canTeach: canTeach(viewer.role), teaching, member };
}

/**
 * One class as the viewer may see it: the owner's management view, a member's view, or undefined for everyone
 * else (an unknown id looks the same as someone else's class).
 */
export async function classPage(classId: string) {
  const viewer = await currentViewer();
  if (!viewer) return undefined;
  const now = new Date();
  const owned = await orUndefined(classForOwner(prisma, viewer, classId));
  if (owned) return { kind: "owner" as const, viewer, cls: owned, assignments: await assignmentsForOwner(prisma, viewer, classId) };
  const member = await orUndefined(classForMember(prisma, viewer, classId));
  if (member) return { kind: "member" as const, viewer, cls: member, assignments: await assignmentsForMember(prisma, viewer, classId, now) };
  return undefined;
}

/** The assign form's class, for its owner only. */
export async function ownedClassName(classId: string) {
  const viewer = await currentViewer();
  if (!viewer) return undefined;
  const owned = await orUndefined(classForOwner(prisma, viewer, classId));
  return owned && { id: owned.id, name: owned.name };
}

/** The join link's page: the class behind a code, and whether the visitor is already in it. */
export async function joinPreview(code: string) {
  const [viewer, found] = await Promise.all([currentViewer(), classByJoinCode(prisma, code)]);
  if (!found) return { viewer, found: undefined, member: false };
  const member = viewer ? viewer.userId === found.ownerId || (await prisma.membership.count({ where: { classId: found.id, userId: viewer.userId } })) > 0 : false;
  return { viewer, found, member };
}

/** "Assigned to me": every assignment in the viewer's classes, soonest due first. */
export async function myAssignmentList() {
  const viewer = await currentViewer();
  if (!viewer) return undefined;
  return { viewer, assignments: await myAssignments(prisma, viewer, new Date()) };
}

/** The home page's short list: the next few still worth doing, by due date. */
export async function upcomingAssignments(limit = 5) {
  const list = await myAssignmentList();
  return list?.assignments.filter((a) => a.next.kind === "start" || a.next.kind === "resume").slice(0, limit) ?? [];
}
