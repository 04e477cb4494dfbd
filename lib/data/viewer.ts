import "server-only";
import { cache } from "react";
import { auth } from "../auth/server";
import { authRequestHeaders } from "../auth/request-headers";
import { profileIdForUser } from "../auth/user-profile";
import { RoleSchema } from "../auth/roles";
import type { Viewer } from "../auth/viewer";
import { prisma } from "../db/client";

/**
 * The signed-in person, or undefined for an anonymous visitor (or an expired or revoked session). Read once per
 * request however many components ask.
 */
export const currentViewer = cache(async (): Promise<Viewer | undefined> => {
  const session = await auth.api.getSession({ headers: await authRequestHeaders() });
  if (!session) return undefined;
  const { user } = session;
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    role: RoleSchema.catch("candidate").parse(user.role),
    profileId: await profileIdForUser(prisma, user.id),
  };
});
