import { z } from "zod";
import type { Viewer } from "../auth/viewer";
import type { Db } from "../db/types";
import { requireOwnedClass } from "./access";

export const SetJoinEnabledInputSchema = z.strictObject({ classId: z.string().min(1).max(100), enabled: z.boolean() });

/** Turns joining by code on or off for the owner's class; current members are not affected. */
export async function setJoinEnabled(
  db: Db,
  viewer: Viewer,
  input: z.infer<typeof SetJoinEnabledInputSchema>,
): Promise<{ joinEnabled: boolean }> {
  await requireOwnedClass(db, viewer, input.classId);
  await db.classroom.update({ where: { id: input.classId }, data: { joinEnabled: input.enabled } });
  return { joinEnabled: input.enabled };
}
