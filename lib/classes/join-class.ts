import type { PrismaClient } from "@prisma/client";
import { z } from "zod";
import type { Viewer } from "../auth/viewer";
import { limitMisses, type LimitKeys } from "../auth/rate-limit";
import type { Db } from "../db/types";
import { ConflictError, NotFoundError } from "../errors";
import { TimeZoneSchema } from "../preferences/study-settings";
import { JoinCodeSchema } from "./join-code";

/** The join form: the code, and the browser's time zone (kept so due dates show in the student's local time). */
export const JoinClassInputSchema = z.strictObject({ code: JoinCodeSchema, timeZone: TimeZoneSchema.optional() });
export type JoinClassInput = z.infer<typeof JoinClassInputSchema>;

type Joined = { classId: string; alreadyMember: boolean };

/** Admits the viewer to the class behind a code that exists. */
async function admit(
  db: Db,
  viewer: Viewer,
  found: { id: string; ownerId: string; joinEnabled: boolean },
  now: Date,
): Promise<Joined> {
  if (found.ownerId === viewer.userId) return { classId: found.id, alreadyMember: true };
  const key = { classId_userId: { classId: found.id, userId: viewer.userId } };
  // A removal sticks until the owner re-admits: the code the student still has must not undo it.
  if (await db.classRemoval.findUnique({ where: key })) throw new ConflictError("removed-from-class");
  if (await db.membership.findUnique({ where: key })) return { classId: found.id, alreadyMember: true };
  if (!found.joinEnabled) throw new ConflictError("join-disabled");
  await db.membership.create({ data: { classId: found.id, userId: viewer.userId, joinedAt: now } });
  return { classId: found.id, alreadyMember: false };
}

/**
 * Joins the class with this code. Joining twice changes nothing; the owner is not a member of their own class.
 * Any signed-in person may join (an instructor can sit in another instructor's class), except a student the
 * owner removed. A code that matches no class counts against `limits` (the account's and the address's misses),
 * and once they are used up every code is refused for a while, so codes cannot be found by guessing.
 */
export async function joinClass(
  db: PrismaClient,
  viewer: Viewer,
  input: JoinClassInput,
  now: Date,
  limits: LimitKeys,
): Promise<Joined> {
  const joined = await limitMisses(db, limits, now, "join-code", async (tx) => {
    const found = await tx.classroom.findUnique({ where: { joinCode: input.code } });
    return found ? admit(tx, viewer, found, now) : undefined;
  });
  // Thrown after the transaction, so the miss it counted is kept.
  if (!joined) throw new NotFoundError("join-code", input.code);
  return joined;
}
