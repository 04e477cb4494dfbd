import "server-only";
import { prisma } from "../db/client";
import { NotFoundError } from "../errors";
import { currentViewer } from "../session/viewer";

/** How many browsers the signed-in account has live sessions on (shown next to "Sign out of all devices"). */
export async function countLiveSessions(userId: string, now = new Date()): Promise<number> {
  return prisma.session.count({ where: { userId, expiresAt: { gt: now } } });
}

/** Every account, for the admin page. Anyone but an admin gets "not found": the page does not exist for them. */
export async function listUsersForAdmin() {
  const viewer = await currentViewer();
  if (viewer?.role !== "admin") throw new NotFoundError("user", "admin");
  return prisma.user.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, name: true, email: true, role: true, createdAt: true } });
}
