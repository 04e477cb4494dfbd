import { z } from "zod";
import type { Viewer } from "../auth/viewer";
import type { Db } from "../db/types";
import { requireOwnedClass } from "./access";
import { uniqueJoinCode } from "./unique-join-code";

export const ClassIdInputSchema = z.strictObject({ classId: z.string().min(1).max(100) });

/** A new join code for the owner's class: the old code and link stop working (members stay). */
export async function rotateJoinCode(
  db: Db,
  viewer: Viewer,
  input: z.infer<typeof ClassIdInputSchema>,
): Promise<{ joinCode: string }> {
  await requireOwnedClass(db, viewer, input.classId);
  const joinCode = await uniqueJoinCode(db);
  await db.classroom.update({ where: { id: input.classId }, data: { joinCode } });
  return { joinCode };
}
