import { createHmac, randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { PrismaClient } from "@prisma/client";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { buildSnapshot } from "@/lib/cli/build-snapshot";
import { contentRootWith } from "../helpers/content-fixtures";
import { createTempDatabase } from "../helpers/temp-db";
import { createViewer } from "../helpers/viewers";

/**
 * The anonymous-profile cookie, through the real actions and page reads against a temporary database: what a
 * browser holding only that cookie (no session) can reach. The clock is set per request with fake Date timers.
 */
const env = vi.hoisted(() => {
  process.env.SESSION_SECRET = "anonymous-cookie-test-secret-0123456789abcdef";
  type Jar = Map<string, { value: string; options?: Record<string, unknown> }>;
  return { db: undefined as unknown as PrismaClient, jar: new Map() as Jar, deleted: [] as Record<string, unknown>[] };
});

// One browser at a time: `env.jar` is what it sends and what the response sets.
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (env.jar.has(name) ? { name, value: env.jar.get(name)!.value } : undefined),
    has: (name: string) => env.jar.has(name),
    set: (name: string, value: string, options?: Record<string, unknown>) => env.jar.set(name, { value, options }),
    delete: (what: string | { name: string }) => {
      env.deleted.push(typeof what === "string" ? { name: what } : what);
      env.jar.delete(typeof what === "string" ? what : what.name);
    },
  }),
  // The browser is on the site: SITE_URL when a test sets one (a deployment accepts only that origin).
  headers: async () => {
    const site = new URL(process.env.SITE_URL ?? "http://localhost:3000");
    return new Headers({
      host: site.host,
      origin: site.origin,
      "next-action": "test",
      cookie: [...env.jar].map(([k, v]) => `${k}=${v.value}`).join("; "),
    });
  },
}));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en", getTranslations: async () => (k: string) => k }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/lib/db/client", () => ({
  get prisma() {
    return env.db;
  },
}));

// The fixture content (questions demo-*, quiz set "demo"), built into this test's own snapshot.
const { root, publicDir } = contentRootWith();
const snapshotFile = path.join(mkdtempSync(path.join(tmpdir(), "goldmine-snapshot-")), "content.json");
await buildSnapshot({ dir: root, publicDir, out: snapshotFile });
process.env.CONTENT_SNAPSHOT = snapshotFile;
const { db } = await createTempDatabase();
env.db = db;
afterAll(() => db.$disconnect());

const { syncReviews } = await import("@/lib/actions/sync-reviews");
const { startQuiz } = await import("@/lib/actions/start-quiz");
const { answerQuizQuestion } = await import("@/lib/actions/answer-quiz-question");
const { updateStudySettings } = await import("@/lib/actions/update-study-settings");
const { signUpAccount } = await import("@/lib/auth/account-flows");
const { auth } = await import("@/lib/auth/server");
const { myAttempts, getMyAttempt } = await import("@/lib/data/quiz");
const { currentProfileId } = await import("@/lib/session/profile");
const { quizContent } = await import("@/lib/data/quiz-content");
const { createClass } = await import("@/lib/classes/create-class");
const { joinClass } = await import("@/lib/classes/join-class");
const { createAssignment } = await import("@/lib/assignments/create-assignment");
const { AssignInputSchema } = await import("@/lib/assignments/assign-input");
const { startAssignmentAttempt } = await import("@/lib/assignments/start-assignment-attempt");
const { seededRandom } = await import("@/lib/quiz/random");
const { profileCookieSpec, signProfileId } = await import("@/lib/profile/cookie");

const NAME = profileCookieSpec(false).name;
const T0 = new Date("2026-11-22T10:00:00Z");
const days = (n: number) => new Date(T0.getTime() + n * 86_400_000);
afterEach(() => vi.useRealTimers());

/** Runs `work` as one request of the browser holding `jar`, at `now`. */
async function browser<T>(jar: typeof env.jar, now: Date, work: () => Promise<T>): Promise<T> {
  env.jar = jar;
  vi.useFakeTimers({ toFake: ["Date"], now });
  return work();
}
const fresh = (cookie?: string): typeof env.jar => new Map(cookie ? [[NAME, { value: cookie }]] : []);
const idIn = (jar: typeof env.jar) => jar.get(NAME)?.value.split(".")[0];
// A value in the first format (`<id>.<hmac of "profile:<id>">`), as the server issued it before issue times.
const legacyValue = (id: string) =>
  `${id}.${createHmac("sha256", process.env.SESSION_SECRET!).update(`profile:${id}`).digest("base64url")}`;

/** One rating, sent as the review screen sends it (a batch of one through the sync endpoint). */
async function rate(questionId = "demo-open") {
  const event = {
    kind: "review",
    id: randomUUID(),
    questionId,
    clozeIndex: 0,
    rating: 3,
    reviewedAt: new Date(),
    lang: "en",
  };
  const body = JSON.stringify({ profileId: null, events: [event] });
  const response = await syncReviews(new Request("http://localhost:3000/api/review/sync", { method: "POST", body }));
  const answer = (await response.json()) as { results?: { status: string }[] };
  return { ok: response.ok && answer.results?.[0]?.status === "stored", answer };
}
const answer = (attemptId: string) =>
  answerQuizQuestion({
    attemptId,
    answerId: randomUUID(),
    questionId: "demo-single",
    response: { type: "single", choice: 1 },
    elapsedMs: 1000,
  });
const settingsForm = (dailyNewLimit: number) => {
  const form = new FormData();
  form.set("dailyNewLimit", String(dailyNewLimit));
  form.set("desiredRetention", "0.8");
  return form;
};
const reviewsOf = (profileId: string) => db.review.count({ where: { profileId } });

describe("after sign-up adopts the anonymous profile, its old cookie value", () => {
  // A kiosk browser practises anonymously, its cookie is copied, then someone signs up on it; the account is then
  // signed out everywhere. Only the copied value is left.
  let copied: string;
  let adopted: string;
  let classAttempt: string;
  beforeAll(async () => {
    const kiosk = fresh();
    expect((await browser(kiosk, T0, () => rate())).ok).toBe(true);
    copied = kiosk.get(NAME)!.value;
    adopted = idIn(kiosk)!;
    await browser(kiosk, T0, () =>
      signUpAccount({ name: "Lin", email: "lin@example.test", password: "a long enough passphrase", next: "/" }, T0),
    );
    vi.useRealTimers();
    expect(kiosk.has(NAME)).toBe(false);
    const user = await db.user.findUniqueOrThrow({ where: { email: "lin@example.test" } });
    expect((await db.profile.findUniqueOrThrow({ where: { id: adopted } })).userId).toBe(user.id);
    // Class work of the account: an assignment it has started.
    const lin = { userId: user.id, name: "Lin", email: user.email, role: "candidate" as const, profileId: adopted };
    const teacher = await createViewer(db, "instructor");
    const made = await createClass(db, teacher, { name: "LLM interviews" }, T0);
    await joinClass(db, lin, { code: made.joinCode }, T0, []);
    const assignment = AssignInputSchema.parse({
      classId: made.classId,
      source: { kind: "set", slug: "demo" },
      opensAt: "2026-11-22T09:00",
      dueAt: "2026-11-29T10:00",
      timeZone: "UTC",
      feedback: "immediate",
    });
    const { assignmentId } = await createAssignment(db, teacher, quizContent(), assignment, T0, seededRandom(1));
    classAttempt = randomUUID();
    await startAssignmentAttempt(db, lin, { assignmentId, attemptId: classAttempt }, T0);
    await db.session.deleteMany({ where: { userId: user.id } }); // "sign out of all devices"
  });

  it("cannot list or open the account's attempts", async () => {
    const attacker = fresh(copied);
    expect(await browser(attacker, days(1), () => myAttempts())).toEqual({ unfinished: [], finished: [] });
    expect(await browser(attacker, days(1), () => getMyAttempt(classAttempt))).toBeUndefined();
  });

  it("cannot answer into the account's class attempt", async () => {
    const result = await browser(fresh(copied), days(1), () => answer(classAttempt));
    expect(result).toMatchObject({ ok: false, error: { code: "not-found" } });
    expect(await db.quizAnswer.count({ where: { attemptId: classAttempt } })).toBe(0);
  });

  it("cannot change the account's study settings: the change goes to a new anonymous profile", async () => {
    const attacker = fresh(copied);
    expect(await browser(attacker, days(1), () => updateStudySettings(undefined, settingsForm(99)))).toMatchObject({
      ok: true,
    });
    expect((await db.profile.findUniqueOrThrow({ where: { id: adopted } })).dailyNewLimit).toBe(20);
    expect(idIn(attacker)).not.toBe(adopted);
    expect((await db.profile.findUniqueOrThrow({ where: { id: idIn(attacker)! } })).dailyNewLimit).toBe(99);
  });

  it("cannot rate as the account", async () => {
    const attacker = fresh(copied);
    expect((await browser(attacker, days(1), () => rate("demo-code"))).ok).toBe(true);
    expect(await reviewsOf(adopted)).toBe(1);
    expect(await reviewsOf(idIn(attacker)!)).toBe(1);
  });

  it("is refused in the first format too (no issue time)", async () => {
    expect(await browser(fresh(legacyValue(adopted)), days(1), () => myAttempts())).toEqual({
      unfinished: [],
      finished: [],
    });
    expect(await browser(fresh(legacyValue(adopted)), days(1), () => rate("demo-boolean"))).toMatchObject({ ok: true });
    expect(await reviewsOf(adopted)).toBe(1);
  });
});

describe("an anonymous cookie on its own", () => {
  it("works as before: the first write sets it, later ones reuse the profile without setting it again", async () => {
    const jar = fresh();
    expect((await browser(jar, T0, () => rate())).ok).toBe(true);
    const value = jar.get(NAME)!;
    expect(value.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/", maxAge: 400 * 86_400 });
    expect(value.options).not.toHaveProperty("domain");
    const me = idIn(jar)!;
    expect((await browser(jar, days(1), () => rate("demo-code"))).ok).toBe(true);
    expect(jar.get(NAME)).toBe(value);
    const started = await browser(jar, days(1), () =>
      startQuiz({ attemptId: randomUUID(), mode: "practice", source: { kind: "set", slug: "demo" } }),
    );
    expect(started.ok).toBe(true);
    const attemptId = (await db.quizAttempt.findFirstOrThrow({ where: { profileId: me } })).id;
    expect((await browser(jar, days(1), () => answer(attemptId))).ok).toBe(true);
    expect((await browser(jar, days(1), () => myAttempts())).unfinished.map((a) => a.attempt.id)).toEqual([attemptId]);
    expect(await browser(jar, days(1), () => getMyAttempt(attemptId))).toBeDefined();
    await browser(jar, days(1), () => updateStudySettings(undefined, settingsForm(7)));
    expect((await db.profile.findUniqueOrThrow({ where: { id: me } })).dailyNewLimit).toBe(7);
    expect(await reviewsOf(me)).toBe(2);
    expect(idIn(jar)).toBe(me);
  });

  it("is re-issued for the same profile by a write once it is a month old, so an active learner keeps it", async () => {
    const jar = fresh();
    await browser(jar, T0, () => rate());
    const [me, issued] = jar.get(NAME)!.value.split(".");
    await browser(jar, days(31), () => rate("demo-code"));
    expect(jar.get(NAME)!.value.split(".").slice(0, 2)).toEqual([me, String(days(31).getTime() / 1000)]);
    // 400 days after the first value, but only 369 after the re-issued one: still the same learner.
    expect(await browser(jar, days(400.5), () => currentProfileId())).toBe(me);
    expect((await browser(jar, days(400.5), () => rate("demo-boolean"))).ok).toBe(true);
    expect(idIn(jar)).toBe(me);
    expect(issued).toBe(String(T0.getTime() / 1000));
    expect(await reviewsOf(me!)).toBe(3);
  });

  it("is refused once expired (400 days after it was issued): the next write starts a new profile", async () => {
    const jar = fresh();
    await browser(jar, T0, () =>
      startQuiz({ attemptId: randomUUID(), mode: "exam", source: { kind: "set", slug: "demo" } }),
    );
    const old = idIn(jar)!;
    expect((await browser(fresh(jar.get(NAME)!.value), days(399), () => myAttempts())).unfinished).toHaveLength(1);
    expect(await browser(jar, days(401), () => myAttempts())).toEqual({ unfinished: [], finished: [] });
    expect(await browser(jar, days(401), () => currentProfileId())).toBeUndefined();
    expect((await browser(jar, days(401), () => rate())).ok).toBe(true);
    expect(idIn(jar)).not.toBe(old);
    expect(await reviewsOf(old)).toBe(0);
  });

  it("is refused when tampered with: an expired value given a later issue time, or another profile's id", async () => {
    const jar = fresh();
    await browser(jar, T0, () => rate());
    const [me, issued, mac] = jar.get(NAME)!.value.split(".") as [string, string, string];
    const revived = `${me}.${Number(issued) + 401 * 86_400}.${mac}`;
    const other = fresh();
    await browser(other, T0, () => rate());
    const swapped = `${idIn(other)}.${issued}.${mac}`;
    // Each presented while the genuine value would be: the revived one after its expiry, the swapped one before.
    for (const [forged, at] of [
      [revived, days(401)],
      [swapped, days(1)],
    ] as const) {
      expect(await browser(fresh(forged), at, () => currentProfileId())).toBeUndefined();
      const attacker = fresh(forged);
      expect((await browser(attacker, at, () => rate("demo-code"))).ok).toBe(true);
      expect([me, idIn(other)]).not.toContain(idIn(attacker));
    }
    expect(await reviewsOf(me)).toBe(1);
    expect(await reviewsOf(idIn(other)!)).toBe(1);
  });

  it("in the first format, for a profile no account owns, is honoured and re-issued in the current one", async () => {
    const me = randomUUID();
    await db.profile.create({ data: { id: me, createdAt: T0, lastSeenAt: T0 } });
    const jar = fresh(legacyValue(me));
    expect((await browser(jar, T0, () => rate())).ok).toBe(true);
    expect(await reviewsOf(me)).toBe(1);
    expect(jar.get(NAME)!.value).toBe(signProfileId(me, process.env.SESSION_SECRET!, T0));
  });
});

describe("signing in on a browser with its own anonymous profile", () => {
  it("shows the account's progress while signed in, and that browser's own again after signing out", async () => {
    const laptop = fresh();
    await browser(laptop, T0, () => rate());
    const own = idIn(laptop)!;
    const { headers } = await browser(laptop, T0, async () => {
      await auth.api.signUpEmail({
        body: { name: "Kim", email: "kim@example.test", password: "a long enough passphrase" },
      });
      return auth.api.signInEmail({
        body: { email: "kim@example.test", password: "a long enough passphrase" },
        returnHeaders: true,
      });
    });
    const [pair] = headers.getSetCookie()[0]!.split(";");
    const session = pair!.slice(0, pair!.indexOf("="));
    laptop.set(session, { value: decodeURIComponent(pair!.slice(pair!.indexOf("=") + 1)) });
    const account = await browser(laptop, T0, () => currentProfileId());
    expect(account).not.toBe(own);
    await browser(laptop, T0, () => rate("demo-code"));
    expect([await reviewsOf(account!), await reviewsOf(own)]).toEqual([1, 1]);
    laptop.delete(session); // signed out: the anonymous cookie was never touched
    expect(await browser(laptop, T0, () => currentProfileId())).toBe(own);
    await browser(laptop, T0, () => rate("demo-boolean"));
    expect([await reviewsOf(account!), await reviewsOf(own)]).toEqual([1, 2]);
    expect((await db.profile.findUniqueOrThrow({ where: { id: own } })).userId).toBeNull();
  });
});

describe("on an https site", () => {
  afterEach(() => {
    delete process.env.GOLDMINE_MODE;
    delete process.env.SITE_URL;
  });

  it("is named `__Host-…`, Secure, for / and without Domain; a first-format plain-name value moves to it", async () => {
    process.env.GOLDMINE_MODE = "production";
    process.env.SITE_URL = "https://goldmine.example.edu";
    const me = randomUUID();
    await db.profile.create({ data: { id: me, createdAt: T0, lastSeenAt: T0 } });
    const jar = fresh(legacyValue(me));
    expect((await browser(jar, T0, () => rate())).ok).toBe(true);
    expect(await reviewsOf(me)).toBe(1);
    expect(jar.has(NAME)).toBe(false);
    const host = jar.get(`__Host-${NAME}`)!;
    expect(host.value.split(".")[0]).toBe(me);
    expect(host.options).toMatchObject({ secure: true, path: "/", httpOnly: true });
    expect(host.options).not.toHaveProperty("domain");
    // A current-format value under the plain name is not read there: only the prefixed cookie is.
    const planted = fresh(signProfileId(me, process.env.SESSION_SECRET!, T0));
    expect(await browser(planted, T0, () => currentProfileId())).toBeUndefined();
    // Sign-up drops the prefixed cookie with the attributes a browser needs to accept the deletion.
    env.deleted.length = 0;
    await browser(jar, T0, () =>
      signUpAccount({ name: "Sam", email: "sam@example.test", password: "a long enough passphrase", next: "/" }, T0),
    );
    expect(env.deleted).toContainEqual(expect.objectContaining({ name: `__Host-${NAME}`, secure: true, path: "/" }));
    expect(jar.size).toBe(0);
  });
});
