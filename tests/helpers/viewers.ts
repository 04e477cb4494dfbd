import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import { profileIdForUser } from "@/lib/auth/user-profile";
import type { Role } from "@/lib/auth/roles";
import type { Viewer } from "@/lib/auth/viewer";

/** A signed-up person with their progress profile, as the session would give them to a service. */
export async function createViewer(
  db: PrismaClient,
  role: Role,
  name = `${role} ${randomUUID().slice(0, 6)}`,
): Promise<Viewer> {
  const id = randomUUID();
  const email = `${id}@example.test`;
  await db.user.create({ data: { id, name, email, role } });
  return { userId: id, name, email, role, profileId: await profileIdForUser(db, id) };
}
