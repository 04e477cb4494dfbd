import { z } from "zod";
import type { Viewer } from "../auth/viewer";
import type { Db } from "../db/types";
import { NotFoundError } from "../errors";
import { requireOwnedClass } from "./access";

export const RemoveMemberInputSchema = z.strictObject({
  classId: z.string().min(1).max(100),
  userId: z.string().min(1).max(100),
});

/**
 * Takes a student out of the owner's class. Their attempts stay in the database, but with the membership gone
 * they can no longer see, start or resume the class's assignments.
 */
export async function removeMember(
  db: Db,
  viewer: Viewer,
  input: z.infer<typeof RemoveMemberInputSchema>,
): Promise<{ removed: string }> {
  await requireOwnedClass(db, viewer, input.classId);
  const { count } = await db.membership.deleteMany({ where: { classId: input.classId, userId: input.userId } });
  if (count === 0) throw new NotFoundError("student", input.userId);
  return { removed: input.userId };
}
