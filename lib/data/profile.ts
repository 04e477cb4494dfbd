import "server-only";
import { cookies } from "next/headers";
import { prisma } from "../db/client";
import { PROFILE_COOKIE, verifyProfileCookie } from "../profile/cookie";
import { sessionSecret } from "../profile/secret";
import { LearnerSettingsSchema, type LearnerSettings } from "../profile/settings";
import { currentViewer } from "./viewer";

/**
 * The profile whose progress this request shows: the signed-in account's, else the anonymous one named by a
 * cookie this server signed. Anonymous visitors who have done nothing have none.
 */
export async function currentProfileId(): Promise<string | undefined> {
  const viewer = await currentViewer();
  if (viewer) return viewer.profileId;
  return verifyProfileCookie((await cookies()).get(PROFILE_COOKIE)?.value, sessionSecret());
}

/** Study settings of the current visitor, or the defaults before their first click. */
export async function getLearnerSettings(): Promise<LearnerSettings> {
  const id = await currentProfileId();
  const profile = id ? await prisma.profile.findUnique({ where: { id } }) : null;
  return LearnerSettingsSchema.parse(profile ?? {});
}
