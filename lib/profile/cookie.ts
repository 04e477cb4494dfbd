import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";

const DAY_S = 60 * 60 * 24;

/**
 * How long a signed value is honoured, counted from when it was issued: 400 days, the longest Max-Age browsers
 * keep a cookie, so the server never honours a value longer than a browser would have kept it. A learner who keeps
 * practising never reaches it: their value is re-issued (see PROFILE_COOKIE_REISSUE_S).
 */
export const PROFILE_COOKIE_MAX_AGE_S = 400 * DAY_S;

/**
 * A value older than this is re-issued on the learner's next write. Not on every write: setting a cookie in a server
 * action makes Next re-render the page, which a card rating should not pay for more than once a month.
 */
export const PROFILE_COOKIE_REISSUE_S = 30 * DAY_S;

/**
 * Values of the first format (`<id>.<mac>`, no issue time) count as issued when that format was retired. They are
 * accepted, for a profile no account owns, and re-issued in the current format on the learner's next write, so
 * anonymous progress survives the upgrade; every one of them stops working PROFILE_COOKIE_MAX_AGE_S after this,
 * as if issued then. Refusing them outright would orphan every anonymous learner's cards at once.
 */
export const LEGACY_FORMAT_ISSUED_AT_S = Date.UTC(2026, 11, 7) / 1000;

/** How far in the future an issue time may lie: another instance's clock running ahead, never more than this. */
const CLOCK_SKEW_S = DAY_S;

const NAME = "goldmine_profile";

/**
 * The cookie's name and attributes. On an https site it is `__Host-` prefixed: the browser then only accepts it
 * Secure, for Path=/ and without Domain, so no other host (a sibling subdomain) nor a plain-http page can plant or
 * overwrite it. Over http (local use, tests) browsers refuse that prefix, so the plain name is used there.
 * `secure` may still be set without the prefix: a plain-http site reached through an https proxy.
 */
export function profileCookieSpec(httpsSite: boolean, secure = httpsSite) {
  return {
    name: httpsSite ? `__Host-${NAME}` : NAME,
    /** The name the first format was issued under everywhere, read on an https site only for first-format values. */
    legacyName: NAME,
    attributes: {
      httpOnly: true,
      sameSite: "lax" as const,
      secure: httpsSite || secure,
      path: "/",
      maxAge: PROFILE_COOKIE_MAX_AGE_S,
    },
  };
}

const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ISSUED_PATTERN = /^[0-9]{1,12}$/;

export const newProfileId = (): string => randomUUID();

// The two formats sign differently prefixed messages, and an id has no ':', so no signature fits the other format.
const mac = (message: string, secret: string): string =>
  createHmac("sha256", secret).update(message).digest("base64url");

/**
 * `<id>.<issued at, Unix seconds>.<hmac>`: the id is not secret, but only this server can have issued it, and not
 * before the time it carries. The id comes first, so tools that read it (the browser tests) need not know the rest.
 */
export function signProfileId(id: string, secret: string, now: Date): string {
  const issued = String(Math.floor(now.getTime() / 1000));
  return `${id}.${issued}.${mac(`profile:v2:${id}:${issued}`, secret)}`;
}

/** A cookie value this server signed and still honours: whose profile, and whether to re-issue it. */
export type VerifiedProfileCookie = { id: string; legacy: boolean; reissue: boolean };

/**
 * The profile a cookie value names, or undefined if it was not signed with this secret, is malformed, or is older
 * than PROFILE_COOKIE_MAX_AGE_S. Whether an account owns that profile is for the caller to check: a value never
 * stops verifying on its own when its profile is adopted.
 */
export function verifyProfileCookie(
  value: string | undefined,
  secret: string,
  now: Date,
): VerifiedProfileCookie | undefined {
  const parts = value?.split(".") ?? [];
  const nowS = now.getTime() / 1000;
  if (parts.length === 3) {
    const [id, issued, given] = parts as [string, string, string];
    if (!ISSUED_PATTERN.test(issued) || !signedHere(id, `profile:v2:${id}:${issued}`, given, secret)) return undefined;
    const age = nowS - Number(issued);
    // An issue time ahead of this clock is another instance's clock running ahead: a little, never a year.
    if (age > PROFILE_COOKIE_MAX_AGE_S || age < -CLOCK_SKEW_S) return undefined;
    return { id, legacy: false, reissue: age > PROFILE_COOKIE_REISSUE_S };
  }
  if (parts.length === 2) {
    const [id, given] = parts as [string, string];
    if (!signedHere(id, `profile:${id}`, given, secret)) return undefined;
    if (nowS - LEGACY_FORMAT_ISSUED_AT_S > PROFILE_COOKIE_MAX_AGE_S) return undefined;
    return { id, legacy: true, reissue: true };
  }
  return undefined;
}

function signedHere(id: string, message: string, given: string, secret: string): boolean {
  if (!ID_PATTERN.test(id)) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(mac(message, secret));
  return a.length === b.length && timingSafeEqual(a, b);
}
