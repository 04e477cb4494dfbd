import { z } from "zod";
import type { Viewer } from "../auth/viewer";
import type { Db } from "../db/types";
import { ConflictError, NotFoundError } from "../errors";
import { TimeZoneSchema } from "../preferences/study-settings";
import { JoinCodeSchema } from "./join-code";

/** The join form: the code, and the browser's time zone (kept so due dates show in the student's local time). */
export const JoinClassInputSchema = z.strictObject({ code: JoinCodeSchema, timeZone: TimeZoneSchema.optional() });
export type JoinClassInput = z.infer<typeof JoinClassInputSchema>;

/**
 * Joins the class with this code. Joining twice changes nothing; the owner is not a member of their own class.
 * Any signed-in person may join (an instructor can sit in another instructor's class).
 */
export async function joinClass(
  db: Db,
  viewer: Viewer,
  input: JoinClassInput,
  now: Date,
): Promise<{ classId: string; alreadyMember: boolean }> {
  const found = await db.classroom.findUnique({ where: { joinCode: input.code } });
  if (!found) throw new NotFoundError("join-code", input.code);
  if (found.ownerId === viewer.userId) return { classId: found.id, alreadyMember: true };
  const existing = await db.membership.findUnique({
    where: { classId_userId: { classId: found.id, userId: viewer.userId } },
  });
  if (existing) return { classId: found.id, alreadyMember: true };
  if (!found.joinEnabled) throw new ConflictError("join-disabled");
  await db.membership.create({ data: { classId: found.id, userId: viewer.userId, joinedAt: now } });
  return { classId: found.id, alreadyMember: false };
}
