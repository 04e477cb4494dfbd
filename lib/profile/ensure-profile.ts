import "server-only";
import { cookies, headers } from "next/headers";
import { prisma } from "../db/client";
import { currentViewer } from "../data/viewer";
import { newProfileId, PROFILE_COOKIE, PROFILE_COOKIE_MAX_AGE, signProfileId, verifyProfileCookie } from "./cookie";
import { sessionSecret } from "./secret";

/**
 * The acting visitor's profile id: their account's when signed in, else the anonymous one, created on their first write: from the first click, progress has a home.
 * Only server actions call this (they are the only place a cookie can be set).
 */
export async function ensureProfile(): Promise<string> {
  const viewer = await currentViewer();
  if (viewer) return viewer.profileId;
  const jar = await cookies();
  const secret = sessionSecret();
  const existing = verifyProfileCookie(jar.get(PROFILE_COOKIE)?.value, secret);
  const id = existing ?? newProfileId();
  const now = new Date();
  // upsert: a valid cookie whose row is gone (a reset database) gets its row back instead of failing.
  await prisma.profile.upsert({ where: { id }, create: { id }, update: { lastSeenAt: now } });
  if (!existing) {
    jar.set(PROFILE_COOKIE, signProfileId(id, secret), {
      httpOnly: true,
      sameSite: "lax",
      // Secure whenever the visitor came over HTTPS (directly or through a proxy); plain-HTTP local use still works.
      secure: (await headers()).get("x-forwarded-proto") === "https",
      maxAge: PROFILE_COOKIE_MAX_AGE,
      path: "/",
    });
  }
  return id;
}
