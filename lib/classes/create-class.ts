import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Viewer } from "../auth/viewer";
import type { Db } from "../db/types";
import { ForbiddenError } from "../errors";
import { canTeach } from "../auth/roles";
import { uniqueJoinCode } from "./unique-join-code";

export const CreateClassInputSchema = z.strictObject({
  name: z.string().trim().min(1, "must not be empty").max(100, "must be at most 100 characters"),
});
export type CreateClassInput = z.infer<typeof CreateClassInputSchema>;

/** A new class owned by the instructor, open for joining with a fresh code. */
export async function createClass(
  db: Db,
  viewer: Viewer,
  input: CreateClassInput,
  now: Date,
): Promise<{ classId: string; joinCode: string }> {
  if (!canTeach(viewer.role)) throw new ForbiddenError("instructor-only");
  const joinCode = await uniqueJoinCode(db);
  const created = await db.classroom.create({
    data: { id: randomUUID(), name: input.name, ownerId: viewer.userId, joinCode, createdAt: now },
  });
  return { classId: created.id, joinCode };
}
