import "server-only";
import type { Profile } from "@prisma/client";
import { cookies } from "next/headers";
import { cache } from "react";
import { prisma } from "../db/client";
import { PROFILE_COOKIE, verifyProfileCookie } from "../profile/cookie";
import { sessionSecret } from "../profile/secret";
import { LearnerSettingsSchema, type LearnerSettings } from "../preferences/study-settings";
import { currentViewer, currentViewerWithProfile } from "./viewer";

/**
 * The profile whose progress this request shows: the signed-in account's, else the anonymous one named by a
 * cookie this server signed. Anonymous visitors who have done nothing have none.
 */
export async function currentProfileId(): Promise<string | undefined> {
  const viewer = await currentViewer();
  if (viewer) return viewer.profileId;
  return verifyProfileCookie((await cookies()).get(PROFILE_COOKIE)?.value, sessionSecret());
}

/**
 * That profile's row, read at most once per request however many parts of the page ask (signed in, it is the row
 * read with the viewer, so no query at all).
 */
export const currentProfileRow = cache(async (): Promise<Profile | undefined> => {
  const signedIn = await currentViewerWithProfile();
  if (signedIn) return signedIn.profile;
  const id = verifyProfileCookie((await cookies()).get(PROFILE_COOKIE)?.value, sessionSecret());
  return (id && (await prisma.profile.findUnique({ where: { id } }))) || undefined;
});

/** Study settings of the current visitor, or the defaults before their first click. */
export async function getLearnerSettings(): Promise<LearnerSettings> {
  return LearnerSettingsSchema.parse((await currentProfileRow()) ?? {});
}
