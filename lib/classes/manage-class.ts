import { z } from "zod";
import type { Viewer } from "../auth/viewer";
import type { Db } from "../db/types";
import { NotFoundError } from "../errors";
import { requireOwnedClass } from "./access";
import { uniqueJoinCode } from "./unique-join-code";

// The owner's three controls over who gets in: a new code (the old one stops working), joining on or off, and
// removing a member (their attempts stay, for the record, but they lose access to the class and its work).

export const ClassIdInputSchema = z.strictObject({ classId: z.string().min(1).max(100) });
export const SetJoinEnabledInputSchema = z.strictObject({ classId: z.string().min(1).max(100), enabled: z.boolean() });
export const RemoveMemberInputSchema = z.strictObject({ classId: z.string().min(1).max(100), userId: z.string().min(1).max(100) });

export async function rotateJoinCode(db: Db, viewer: Viewer, input: z.infer<typeof ClassIdInputSchema>): Promise<{ joinCode: string }> {
  await requireOwnedClass(db, viewer, input.classId);
  const joinCode = await uniqueJoinCode(db);
  await db.classroom.update({ where: { id: input.classId }, data: { joinCode } });
  return { joinCode };
}

export async function setJoinEnabled(db: Db, viewer: Viewer, input: z.infer<typeof SetJoinEnabledInputSchema>): Promise<{ joinEnabled: boolean }> {
  await requireOwnedClass(db, viewer, input.classId);
  await db.classroom.update({ where: { id: input.classId }, data: { joinEnabled: input.enabled } });
  return { joinEnabled: input.enabled };
}

export async function removeMember(db: Db, viewer: Viewer, input: z.infer<typeof RemoveMemberInputSchema>): Promise<{ removed: string }> {
  await requireOwnedClass(db, viewer, input.classId);
  const { count } = await db.membership.deleteMany({ where: { classId: input.classId, userId: input.userId } });
  if (count === 0) throw new NotFoundError("student", input.userId);
  return { removed: input.userId };
}
