import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adoptAnonymousProfile } from "@/lib/auth/adopt-profile";
import { createAuth, type Auth } from "@/lib/auth/create-auth";
import {
  accountKey,
  clearRateLimit,
  consumeRateLimit,
  ipKey,
  perIpLimits,
  SIGN_IN_PER_ACCOUNT,
} from "@/lib/auth/rate-limit";
import { setUserRole } from "@/lib/auth/set-role";
import { siteOf } from "@/lib/auth/site-url";
import { profileIdForUser } from "@/lib/auth/user-profile";
import { readEnv } from "@/lib/env";
import { ConflictError, NotFoundError, RateLimitedError } from "@/lib/errors";
import { createTempDatabase } from "../helpers/temp-db";
import { createTestAuth } from "../helpers/test-auth";

let db: PrismaClient;
let auth: Auth;
beforeAll(async () => {
  ({ db } = await createTempDatabase());
  auth = createTestAuth(db);
});
afterAll(() => db.$disconnect());

const T0 = new Date("2026-11-22T10:00:00Z");
const later = (sec: number) => new Date(T0.getTime() + sec * 1000);
let n = 0;
const signUp = async () => {
  const email = `person-${++n}@example.com`;
  const { user, token } = await auth.api.signUpEmail({
    body: { name: `Person ${n}`, email, password: "a long enough passphrase" },
  });
  return { user, token, email };
};
// The signed cookie exactly as the browser would send it back.
const sessionCookie = (setCookie: string | null) => new Headers({ cookie: setCookie!.split(";")[0]! });

describe("accounts on better-auth", () => {
  it("stores a scrypt hash, never the password, and a session row per signed-in browser", async () => {
    const { user } = await signUp();
    const account = await db.account.findFirstOrThrow({ where: { userId: user.id } });
    expect(account.password).not.toContain("a long enough passphrase");
    expect(account.password!.length).toBeGreaterThan(60);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
    expect(user).toMatchObject({ role: "candidate" });
  });

  it("signs out of all devices by deleting every session of the account", async () => {
    const { user, email } = await signUp();
    const second = await auth.api.signInEmail({
      body: { email, password: "a long enough passphrase" },
      returnHeaders: true,
    });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(2);
    await auth.api.revokeSessions({ headers: sessionCookie(second.headers.get("set-cookie")) });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("makes the session cookie Secure (and __Secure- prefixed) in production over https, httpOnly and Lax always", async () => {
    const prod = readEnv({
      NODE_ENV: "production",
      SITE_URL: "https://goldmine.example.edu",
      SESSION_SECRET: "k3Jx9v0QyT2mWcB8rLpZ4sNdH6fAeG1u",
    });
    expect(siteOf(prod)).toEqual({ baseURL: "https://goldmine.example.edu", secureCookies: true });
    expect(siteOf(readEnv({}))).toEqual({ baseURL: "http://localhost:3000", secureCookies: false });
    const secure = createAuth({ db, secret: "integration-test-secret-0123456789abcdef", ...siteOf(prod) });
    const { headers } = await secure.api.signUpEmail({
      body: { name: "Prod", email: "prod@example.com", password: "a long enough passphrase" },
      returnHeaders: true,
    });
    const cookie = headers.get("set-cookie")!;
    expect(cookie).toMatch(/^__Secure-better-auth\.session_token=/);
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
  });

  it("ignores or refuses a role in the sign-up body: roles are granted, not chosen", async () => {
    await auth.api
      .signUpEmail({
        body: { name: "Eve", email: "eve@example.com", password: "a long enough passphrase", role: "admin" } as never,
      })
      .catch(() => undefined);
    const eve = await db.user.findUnique({ where: { email: "eve@example.com" } });
    expect(eve === null || eve.role === "candidate").toBe(true);
  });
});

describe("adopting the anonymous profile", () => {
  it("gives a new account the visitor's profile with all its cards and reviews", async () => {
    const anon = "00000000-0000-4000-8000-000000000001";
    await db.profile.create({ data: { id: anon, dailyNewLimit: 7 } });
    await db.card.create({
      data: {
        profileId: anon,
        questionId: "q1",
        due: T0,
        stability: 3,
        difficulty: 5,
        elapsedDays: 0,
        scheduledDays: 3,
        learningSteps: 0,
        reps: 1,
        lapses: 0,
        state: 2,
        contentHash: "h",
        contentLang: "en",
      },
    });
    const { user } = await signUp();
    expect(await adoptAnonymousProfile(db, user.id, anon)).toBe(anon);
    expect(await profileIdForUser(db, user.id)).toBe(anon);
    expect(await db.card.count({ where: { profileId: anon } })).toBe(1);
    expect((await db.profile.findUniqueOrThrow({ where: { id: anon } })).dailyNewLimit).toBe(7);
  });

  it("never takes a profile another account owns, and starts a fresh one instead", async () => {
    const { user: first } = await signUp();
    const owned = await profileIdForUser(db, first.id);
    const { user: second } = await signUp();
    const got = await adoptAnonymousProfile(db, second.id, owned);
    expect(got).not.toBe(owned);
    expect((await db.profile.findUniqueOrThrow({ where: { id: owned } })).userId).toBe(first.id);
    expect((await db.profile.findUniqueOrThrow({ where: { id: got } })).userId).toBe(second.id);
  });

  it("creates a profile for an account that signed up with no anonymous progress", async () => {
    const { user } = await signUp();
    const id = await adoptAnonymousProfile(db, user.id, undefined);
    expect(await profileIdForUser(db, user.id)).toBe(id);
  });
});

// The default per-address limit (AUTH_IP_LIMIT).
const SIGN_IN_PER_IP = perIpLimits(readEnv({}).AUTH_IP_LIMIT).signIn;

describe("sign-in rate limits", () => {
  const keys = (email: string, ip: string) =>
    [
      [accountKey(email), SIGN_IN_PER_ACCOUNT],
      [ipKey("sign-in", ip), SIGN_IN_PER_IP],
    ] as const;

  it("allows 5 tries per account in 15 minutes, then says when to try again; another account is unaffected", async () => {
    for (let i = 0; i < 5; i++) await consumeRateLimit(db, keys("a@example.com", "10.0.0.1"), later(i));
    const refused = await consumeRateLimit(db, keys("a@example.com", "10.0.0.1"), later(60)).catch((e) => e);
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect(refused.retryAfterSec).toBe(15 * 60 - 60);
    await expect(consumeRateLimit(db, keys("b@example.com", "10.0.0.1"), later(61))).resolves.toBeUndefined();
    // The window ends; so does the refusal.
    await expect(consumeRateLimit(db, keys("a@example.com", "10.0.0.1"), later(15 * 60 + 1))).resolves.toBeUndefined();
  });

  it("limits one address trying many accounts, and case or spaces in the email do not make a new account key", async () => {
    expect(accountKey(" A@Example.com ")).toBe(accountKey("a@example.com"));
    for (let i = 0; i < SIGN_IN_PER_IP.max; i++) await consumeRateLimit(db, keys(`x${i}@example.com`, "10.0.0.9"), T0);
    await expect(consumeRateLimit(db, keys("fresh@example.com", "10.0.0.9"), T0)).rejects.toBeInstanceOf(
      RateLimitedError,
    );
  });

  it("forgets an account's failed tries after a successful sign-in", async () => {
    for (let i = 0; i < 5; i++) await consumeRateLimit(db, keys("c@example.com", "10.0.0.2"), T0);
    await clearRateLimit(db, accountKey("c@example.com"));
    await expect(consumeRateLimit(db, keys("c@example.com", "10.0.0.2"), T0)).resolves.toBeUndefined();
  });

  it("counts tries arriving at the same moment exactly", async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, () => consumeRateLimit(db, keys("d@example.com", "10.0.0.3"), T0)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
  });
});

describe("roles", () => {
  it("grants a role by email, refuses an unknown account, and never demotes the last admin", async () => {
    const { email, user } = await signUp();
    await expect(setUserRole(db, { email: email.toUpperCase() }, "admin")).resolves.toMatchObject({
      id: user.id,
      role: "admin",
    });
    await db.user.updateMany({ where: { role: "admin", NOT: { id: user.id } }, data: { role: "candidate" } });
    await expect(setUserRole(db, { email }, "candidate")).rejects.toBeInstanceOf(ConflictError);
    await expect(setUserRole(db, { email: "ghost@example.com" }, "instructor")).rejects.toBeInstanceOf(NotFoundError);
    const { email: other } = await signUp();
    await setUserRole(db, { email: other }, "admin");
    await expect(setUserRole(db, { email }, "instructor")).resolves.toMatchObject({ role: "instructor" });
  });
});
