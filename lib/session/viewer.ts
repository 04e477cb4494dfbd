import "server-only";
import type { Profile } from "@prisma/client";
import { cache } from "react";
import { auth } from "../auth/server";
import { authRequestHeaders } from "../auth/request-headers";
import { profileForUser } from "../auth/user-profile";
import { RoleSchema } from "../auth/roles";
import type { Viewer } from "../auth/viewer";
import { prisma } from "../db/client";

/**
 * The signed-in person and their progress profile's row, or undefined for an anonymous visitor (or an expired or
 * revoked session). Read once per request however many components ask; an action that needs the learner's
 * settings takes them from here instead of reading the profile again.
 */
export const currentViewerWithProfile = cache(async (): Promise<{ viewer: Viewer; profile: Profile } | undefined> => {
  const session = await auth.api.getSession({ headers: await authRequestHeaders() });
  if (!session) return undefined;
  const { user } = session;
  const profile = await profileForUser(prisma, user.id);
  return {
    viewer: {
      userId: user.id,
      name: user.name,
      email: user.email,
      role: RoleSchema.catch("candidate").parse(user.role),
      profileId: profile.id,
    },
    profile,
  };
});

/** The signed-in person, or undefined for an anonymous visitor (or an expired or revoked session). */
export async function currentViewer(): Promise<Viewer | undefined> {
  return (await currentViewerWithProfile())?.viewer;
}
