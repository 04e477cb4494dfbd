import { z } from "zod";
import type { Viewer } from "../auth/viewer";
import type { Db } from "../db/types";
import { requireOwnedClass } from "./access";

export const ReadmitStudentInputSchema = z.strictObject({
  classId: z.string().min(1).max(100),
  userId: z.string().min(1).max(100),
});

/**
 * Lets a removed student join the owner's class again. It lifts the removal only: the student comes back through
 * the join code or link like anyone else (so a closed class stays closed), and finds their old attempts again.
 * Re-admitting twice, or someone never removed, changes nothing.
 */
export async function readmitStudent(
  db: Db,
  viewer: Viewer,
  input: z.infer<typeof ReadmitStudentInputSchema>,
): Promise<{ readmitted: string }> {
  await requireOwnedClass(db, viewer, input.classId);
  await db.classRemoval.deleteMany({ where: { classId: input.classId, userId: input.userId } });
  return { readmitted: input.userId };
}
