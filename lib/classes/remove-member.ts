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
 * they can no longer see, start or resume the class's assignments; the removal is recorded, so the join code
 * does not let them back in until the owner re-admits them (readmit-student.ts). Removing twice is one removal.
 */
export async function removeMember(
  db: Db,
  viewer: Viewer,
  input: z.infer<typeof RemoveMemberInputSchema>,
  now: Date,
): Promise<{ removed: string }> {
  await requireOwnedClass(db, viewer, input.classId);
  const key = { classId: input.classId, userId: input.userId };
  const { count } = await db.membership.deleteMany({ where: key });
  if (count === 0) {
    if (await db.classRemoval.findUnique({ where: { classId_userId: key } })) return { removed: input.userId };
    throw new NotFoundError("student", input.userId);
  }
  await db.classRemoval.upsert({
    where: { classId_userId: key },
    create: { ...key, removedAt: now },
    update: { removedAt: now },
  });
  return { removed: input.userId };
}
