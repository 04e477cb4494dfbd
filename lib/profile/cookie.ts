import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";

export const PROFILE_COOKIE = "goldmine_profile";
export const PROFILE_COOKIE_MAX_AGE = 60 * 60 * 24 * 400; // the longest browsers allow

const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const newProfileId = (): string => randomUUID();

function mac(id: string, secret: string): string {
  return createHmac("sha256", secret).update(`profile:${id}`).digest("base64url");
}

/** `<id>.<hmac>`: the id is not secret, but only this server can have issued it. */
export function signProfileId(id: string, secret: string): string {
  return `${id}.${mac(id, secret)}`;
}

/** The profile id in a cookie value, or undefined if the value was not signed with this secret. */
export function verifyProfileCookie(value: string | undefined, secret: string): string | undefined {
  if (!value) return undefined;
  const dot = value.lastIndexOf(".");
  const id = value.slice(0, dot);
  if (dot < 0 || !ID_PATTERN.test(id)) return undefined;
  const given = Buffer.from(value.slice(dot + 1));
  const expected = Buffer.from(mac(id, secret));
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : undefined;
}
