import { z } from "zod";
import type { Db } from "../db/types";
import { ConflictError, NotFoundError } from "../errors";
import type { Role } from "./roles";

// The admin page grants and removes the instructor role; making admins is for the command line.
export const SetUserRoleInputSchema = z.object({
  userId: z.string().min(1),
  role: z.enum(["candidate", "instructor"]),
});

/** Changes an account's role (by id or email). The last admin cannot be demoted: someone must be able to grant roles. */
export async function setUserRole(
  db: Db,
  who: { id: string } | { email: string },
  role: Role,
): Promise<{ id: string; name: string; email: string; role: Role }> {
  const where = "id" in who ? { id: who.id } : { email: who.email.trim().toLowerCase() };
  const user = await db.user.findUnique({ where });
  if (!user) throw new NotFoundError("user", "id" in who ? who.id : who.email);
  if (user.role === "admin" && role !== "admin" && (await db.user.count({ where: { role: "admin" } })) <= 1)
    throw new ConflictError("last-admin");
  const updated = await db.user.update({ where: { id: user.id }, data: { role } });
  return { id: updated.id, name: updated.name, email: updated.email, role };
}
