import "server-only";
import { liveResetLink } from "../auth/reset-link";
import { prisma } from "../db/client";

/** Whether a reset link still works (not used, not expired), so its page can say so before anyone types. */
export async function resetLinkWorks(token: string, now = new Date()): Promise<boolean> {
  return token.length > 0 && token.length <= 2000 && (await liveResetLink(prisma, token, now)) !== null;
}
