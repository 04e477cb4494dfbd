import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  LEGACY_FORMAT_ISSUED_AT_S,
  newProfileId,
  profileCookieSpec,
  PROFILE_COOKIE_MAX_AGE_S,
  signProfileId,
  verifyProfileCookie,
} from "@/lib/profile/cookie";
import { LearnerSettingsSchema } from "@/lib/preferences/study-settings";
import { clozeCardHtml } from "@/lib/review/cloze-card";
import { matchesAnswer } from "@/lib/quiz/answer-match";

const SECRET = "s".repeat(32);
const T0 = new Date("2026-11-22T10:00:00Z");
const days = (n: number, from = T0) => new Date(from.getTime() + n * 86_400_000);
// A value in the first format (`<id>.<hmac of "profile:<id>">`), as servers issued it before issue times.
const legacyValue = (id: string, secret = SECRET) =>
  `${id}.${createHmac("sha256", secret).update(`profile:${id}`).digest("base64url")}`;

describe("the anonymous profile cookie", () => {
  it("round-trips an id signed with the server's secret, the id first and the issue time after it", () => {
    const id = newProfileId();
    const value = signProfileId(id, SECRET, T0);
    expect(value.split(".").slice(0, 2)).toEqual([id, String(T0.getTime() / 1000)]);
    expect(verifyProfileCookie(value, SECRET, T0)).toEqual({ id, legacy: false, reissue: false });
  });

  it("is honoured for 400 days from its issue, re-issued after 30, and refused after that", () => {
    const value = signProfileId(newProfileId(), SECRET, T0);
    expect(PROFILE_COOKIE_MAX_AGE_S).toBe(400 * 86_400);
    expect(verifyProfileCookie(value, SECRET, days(30))?.reissue).toBe(false);
    expect(verifyProfileCookie(value, SECRET, days(31))?.reissue).toBe(true);
    expect(verifyProfileCookie(value, SECRET, days(400))).toBeDefined();
    expect(verifyProfileCookie(value, SECRET, days(400.01))).toBeUndefined();
    // Issued "in the future": another instance's clock a little ahead is fine, a year ahead is not.
    expect(verifyProfileCookie(value, SECRET, days(-0.5))).toBeDefined();
    expect(verifyProfileCookie(signProfileId(newProfileId(), SECRET, days(365)), SECRET, T0)).toBeUndefined();
  });

  it.each([
    ["a forged signature", (v: string) => v.slice(0, -3) + "abc"],
    ["another secret", (v: string) => signProfileId(v.split(".")[0]!, "t".repeat(32), T0)],
    ["a swapped id", (v: string) => v.replace(/^[^.]+/, newProfileId())],
    [
      "a later issue time (to outlive the age limit)",
      (v: string) => v.replace(/\.\d+\./, `.${T0.getTime() / 1000 + 9}.`),
    ],
    ["no issue time, keeping the signature", (v: string) => v.replace(/\.\d+\./, ".")],
    ["no signature", (v: string) => v.split(".").slice(0, 2).join(".")],
    ["an extra part", (v: string) => `${v}.x`],
    ["garbage", () => "not-a-cookie"],
  ])("rejects %s", (_, tamper) => {
    expect(verifyProfileCookie(tamper(signProfileId(newProfileId(), SECRET, T0)), SECRET, T0)).toBeUndefined();
  });

  it("accepts the first format for a transition, always to be re-issued, and never past 400 days after it", () => {
    const id = newProfileId();
    expect(verifyProfileCookie(legacyValue(id), SECRET, T0)).toEqual({ id, legacy: true, reissue: true });
    expect(verifyProfileCookie(legacyValue(id, "t".repeat(32)), SECRET, T0)).toBeUndefined();
    const sunset = new Date((LEGACY_FORMAT_ISSUED_AT_S + PROFILE_COOKIE_MAX_AGE_S) * 1000);
    expect(verifyProfileCookie(legacyValue(id), SECRET, days(-1, sunset))).toBeDefined();
    expect(verifyProfileCookie(legacyValue(id), SECRET, days(1, sunset))).toBeUndefined();
  });

  it("is `__Host-` prefixed, Secure, for Path=/ and without Domain on an https site; plain over http", () => {
    const https = profileCookieSpec(true);
    expect(https.name).toBe("__Host-goldmine_profile");
    expect(https.attributes).toEqual({
      httpOnly: true,
      sameSite: "lax",
      secure: true,
      path: "/",
      maxAge: PROFILE_COOKIE_MAX_AGE_S,
    });
    expect(profileCookieSpec(true, false).attributes.secure).toBe(true);
    expect(profileCookieSpec(false)).toMatchObject({ name: "goldmine_profile", attributes: { secure: false } });
    // A local site reached through an https proxy: Secure, but the plain name every request of the site uses.
    expect(profileCookieSpec(false, true)).toMatchObject({ name: "goldmine_profile", attributes: { secure: true } });
  });
});

describe("study settings", () => {
  it("defaults to 20 new cards a day and 90% retention", () => {
    expect(LearnerSettingsSchema.parse({})).toEqual({ dailyNewLimit: 20, desiredRetention: 0.9, timeZone: "UTC" });
  });
  it.each([
    { desiredRetention: 0.69 },
    { desiredRetention: 0.98 },
    { dailyNewLimit: -1 },
    { dailyNewLimit: 2.5 },
    { timeZone: "Mars/Olympus" },
  ])("refuses %o", (bad) => {
    expect(LearnerSettingsSchema.safeParse(bad).success).toBe(false);
  });
});

describe("cloze cards", () => {
  const html =
    '<p>A <span class="cloze" data-cloze="1"><span class="cloze-blank">[…]</span><span class="cloze-answer">one</span></span> and <span class="cloze" data-cloze="2"><span class="cloze-blank">[…]</span><span class="cloze-answer">two</span></span>.</p>';
  it("asks only the card's own blank and shows the others as context", () => {
    const card = clozeCardHtml(html, 2);
    expect(card).toContain('<span class="cloze-context">one</span>');
    expect(card).toContain('class="cloze cloze-active" data-cloze="2"><span class="cloze-blank">[…]</span>');
  });
  it("accepts typed answers ignoring case, surrounding and repeated spaces, and full-width forms", () => {
    expect(matchesAnswer("  Maximum ", ["maximum"])).toBe(true);
    expect(matchesAnswer("ＫＶ  cache", ["kv cache"])).toBe(true);
    expect(matchesAnswer("max", ["maximum", "the max"])).toBe(false);
    expect(matchesAnswer("   ", [""])).toBe(false);
  });
});
