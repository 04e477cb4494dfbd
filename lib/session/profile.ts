import "server-only";
import type { Profile } from "@prisma/client";
import { cache } from "react";
import { prisma } from "../db/client";
import { anonymousProfileRow } from "../profile/anonymous-profile";
import { readProfileCookie } from "../profile/cookie-jar";
import { LearnerSettingsSchema, type LearnerSettings } from "../preferences/study-settings";
import { currentViewerWithProfile } from "./viewer";

/**
 * The row of the profile whose progress this request shows: the signed-in account's, else the anonymous one named
 * by a cookie this server signed, if no account owns it. Anonymous visitors who have done nothing have none. Read
 * at most once per request however many parts of the page ask (signed in, it is the row read with the viewer, so
 * no query at all).
 */
export const currentProfileRow = cache(async (): Promise<Profile | undefined> => {
  const signedIn = await currentViewerWithProfile();
  if (signedIn) return signedIn.profile;
  const cookie = await readProfileCookie(new Date());
  return cookie && (await anonymousProfileRow(prisma, cookie.id));
});

/**
 * That profile's id. An anonymous id is only known after reading its row: whether an account owns the profile is
 * in the database, not in the cookie.
 */
export async function currentProfileId(): Promise<string | undefined> {
  return (await currentProfileRow())?.id;
}

/** Study settings of the current visitor, or the defaults before their first click. */
export async function getLearnerSettings(): Promise<LearnerSettings> {
  return LearnerSettingsSchema.parse((await currentProfileRow()) ?? {});
}
