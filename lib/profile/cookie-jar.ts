import "server-only";
import { cookies, headers } from "next/headers";
import { siteOf } from "../auth/site-url";
import { readEnv } from "../env";
import { profileCookieSpec, signProfileId, verifyProfileCookie, type VerifiedProfileCookie } from "./cookie";
import { sessionSecret } from "./secret";

/*
 * The one place the anonymous-profile cookie is read, set or dropped: its name depends on the deployment, and a
 * reader that guessed it differently from the writer would silently lose a learner's progress.
 */

// From SITE_URL, never from the request: the name must be the same for every request to the site.
const spec = (secure?: boolean) => profileCookieSpec(siteOf(readEnv()).secureCookies, secure);

/**
 * The profile the request's cookie names, if this server signed the value and it has not expired. Not yet checked
 * against the database: the caller must still refuse a profile an account owns.
 */
export async function readProfileCookie(now: Date): Promise<VerifiedProfileCookie | undefined> {
  const jar = await cookies();
  const { name, legacyName } = spec();
  const secret = sessionSecret();
  const current = verifyProfileCookie(jar.get(name)?.value, secret, now);
  if (current || name === legacyName) return current;
  // An https site issued the first format under the plain name; only that format is honoured there, so the
  // fallback ends with it and the plain name can never bring a current value in past the prefix's protection.
  const legacy = verifyProfileCookie(jar.get(legacyName)?.value, secret, now);
  return legacy?.legacy ? legacy : undefined;
}

/** Gives the browser a freshly issued value for the profile (a new profile, or re-issuing an ageing value). */
export async function setProfileCookie(id: string, now: Date): Promise<void> {
  const jar = await cookies();
  // Secure whenever the visitor came over HTTPS (directly or through a proxy); plain-HTTP local use still works.
  const { name, legacyName, attributes } = spec((await headers()).get("x-forwarded-proto") === "https");
  jar.set(name, signProfileId(id, sessionSecret(), now), attributes);
  if (name !== legacyName && jar.has(legacyName)) jar.delete({ name: legacyName, path: "/" });
}

/** Forgets the anonymous profile in this browser (after sign-up its progress belongs to the account). */
export async function dropProfileCookie(): Promise<void> {
  const jar = await cookies();
  const { name, legacyName, attributes } = spec();
  // A `__Host-` cookie is only replaced by one with the same attributes: a bare deletion would be ignored.
  const { maxAge: _, ...same } = attributes;
  if (jar.has(name)) jar.delete({ name, ...same });
  if (name !== legacyName && jar.has(legacyName)) jar.delete({ name: legacyName, path: "/" });
}
