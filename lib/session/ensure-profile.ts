import "server-only";
import type { Profile } from "@prisma/client";
import { prisma } from "../db/client";
import { createAnonymousProfile, touchAnonymousProfile } from "../profile/anonymous-profile";
import { newProfileId } from "../profile/cookie";
import { readProfileCookie, setProfileCookie } from "../profile/cookie-jar";
import { currentViewerWithProfile } from "./viewer";

/**
 * The acting visitor's profile row: their account's when signed in, else the anonymous one, created on their first
 * write: from the first click, progress has a home. Usually one query, which also gives the learner's settings.
 * Only server actions call this (they are the only place a cookie can be set).
 */
export async function ensureProfileRow(now = new Date()): Promise<Profile> {
  const signedIn = await currentViewerWithProfile();
  if (signedIn) return signedIn.profile;
  const cookie = await readProfileCookie(now);
  const existing = cookie && (await touchAnonymousProfile(prisma, cookie.id, now));
  if (existing) {
    if (cookie.reissue) await setProfileCookie(existing.id, now);
    return existing;
  }
  // No cookie, or one naming a profile an account has adopted since: that progress is the account's, reached only
  // by signing in, so this visitor starts afresh, as on a first visit.
  const profile = await createAnonymousProfile(prisma, newProfileId(), now);
  await setProfileCookie(profile.id, now);
  return profile;
}
