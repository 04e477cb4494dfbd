import "server-only";
import type { Profile } from "@prisma/client";
import { cookies, headers } from "next/headers";
import { prisma } from "../db/client";
import { currentViewerWithProfile } from "./viewer";
import {
  newProfileId,
  PROFILE_COOKIE,
  PROFILE_COOKIE_MAX_AGE,
  signProfileId,
  verifyProfileCookie,
} from "../profile/cookie";
import { sessionSecret } from "../profile/secret";
import { touchProfile } from "../profile/touch-profile";

/**
 * The acting visitor's profile row: their account's when signed in, else the anonymous one, created on their first
 * write: from the first click, progress has a home. Usually one query, which also gives the learner's settings.
 * Only server actions call this (they are the only place a cookie can be set).
 */
export async function ensureProfileRow(now = new Date()): Promise<Profile> {
  const signedIn = await currentViewerWithProfile();
  if (signedIn) return signedIn.profile;
  const jar = await cookies();
  const secret = sessionSecret();
  const existing = verifyProfileCookie(jar.get(PROFILE_COOKIE)?.value, secret);
  const profile = await touchProfile(prisma, existing ?? newProfileId(), now, !!existing);
  if (!existing) {
    jar.set(PROFILE_COOKIE, signProfileId(profile.id, secret), {
      httpOnly: true,
      sameSite: "lax",
      // Secure whenever the visitor came over HTTPS (directly or through a proxy); plain-HTTP local use still works.
      secure: (await headers()).get("x-forwarded-proto") === "https",
      maxAge: PROFILE_COOKIE_MAX_AGE,
      path: "/",
    });
  }
  return profile;
}
