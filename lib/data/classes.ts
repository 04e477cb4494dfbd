import "server-only";
import { assignmentsForMember, assignmentsForOwner, myAssignments } from "../assignments/read-assignments";
import { clientIp } from "../auth/client-ip";
import { joinCodeKeys, limitMisses } from "../auth/rate-limit";
import { canTeach } from "../auth/roles";
import { JoinCodeSchema } from "../classes/join-code";
import { classByJoinCode, classesIAmIn, classesITeach, classForMember, classForOwner } from "../classes/read-classes";
import { prisma } from "../db/client";
import { NotFoundError, RateLimitedError } from "../errors";
import { awaitingAnswers } from "../gradebook/awaiting-answers";
import { quizContent } from "./quiz-content";
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
  if (owned) {
    const [assignments, awaiting] = await Promise.all([
      assignmentsForOwner(prisma, viewer, classId),
      orUndefined(awaitingAnswers(prisma, viewer, quizContent(), { classId })),
    ]);
    const toGrade = (assignmentId: string) => awaiting?.items.filter((i) => i.assignment.id === assignmentId).length ?? 0;
    return {
      kind: "owner" as const,
      viewer,
      cls: owned,
      assignments: assignments.map((a) => ({ ...a, toGrade: toGrade(a.id) })),
      toGrade: awaiting?.items.length ?? 0,
    };
  }
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

/**
 * The join link's page: the class behind a code, and where the visitor stands with it. A code that matches no
 * class counts against the join form's limits (the address's, and the account's when signed in), so the page
 * cannot be used to find codes by guessing either; `limitedMinutes` says the limit was reached.
 */
export async function joinPreview(code: string) {
  const viewer = await currentViewer();
  const none = { viewer, found: undefined, member: false, removed: false, limitedMinutes: undefined };
  const parsed = JoinCodeSchema.safeParse(code);
  // A malformed code matches no class: nothing to look up, and no miss to count.
  if (!parsed.success) return none;
  let found;
  try {
    const limits = joinCodeKeys(await clientIp(), viewer?.userId);
    found = await limitMisses(prisma, limits, new Date(), "join-code", (tx) => classByJoinCode(tx, parsed.data));
  } catch (error) {
    if (error instanceof RateLimitedError) return { ...none, limitedMinutes: Number(error.params.minutes) };
    throw error;
  }
  if (!found || !viewer) return { ...none, found };
  const key = { classId: found.id, userId: viewer.userId };
  const member = viewer.userId === found.ownerId || (await prisma.membership.count({ where: key })) > 0;
  const removed = !member && (await prisma.classRemoval.count({ where: key })) > 0;
  return { ...none, found, member, removed };
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
