import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { PrismaClient } from "@prisma/client";
import { afterAll, describe, expect, it, vi } from "vitest";
import { buildSnapshot } from "@/lib/cli/build-snapshot";
import { cacheDirFor } from "@/lib/content/cache";
import { createTempDatabase } from "../helpers/temp-db";

/**
 * The real sync endpoint, end to end against a temporary database, counting the Prisma queries one request costs.
 * Prisma compiles every ORM query on the server's CPU (no plan cache), so this count is what the review throughput
 * under load rests on: it must not grow with the number of ratings in a batch, and a new query needs a reason.
 */
const env = vi.hoisted(() => {
  process.env.SESSION_SECRET = "rate-card-query-count-secret-0123456789abcdef";
  return { db: undefined as unknown as PrismaClient, queries: [] as string[], jar: new Map<string, string>() };
});

// One browser: its cookie jar is what the next request sends.
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (env.jar.has(name) ? { name, value: env.jar.get(name)! } : undefined),
    getAll: () => [...env.jar].map(([name, value]) => ({ name, value })),
    has: (name: string) => env.jar.has(name),
    set: (name: string | { name: string; value: string }, value?: string) => {
      if (typeof name === "string") env.jar.set(name, value!);
      else env.jar.set(name.name, name.value);
    },
    delete: (name: string) => env.jar.delete(name),
  }),
  headers: async () =>
    new Headers({
      host: "localhost:3000",
      origin: "http://localhost:3000",
      cookie: [...env.jar].map(([k, v]) => `${k}=${v}`).join("; "),
    }),
}));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en", getTranslations: async () => (k: string) => k }));
vi.mock("@/lib/db/client", () => ({
  get prisma() {
    return env.db;
  },
}));

// The real content, built into a file of this test's own: a clean checkout has no .goldmine/content.json yet.
const snapshotFile = path.join(mkdtempSync(path.join(tmpdir(), "goldmine-snapshot-")), "content.json");
await buildSnapshot({ dir: "content", out: snapshotFile, cacheDir: cacheDirFor("content") });
process.env.CONTENT_SNAPSHOT = snapshotFile;

// The database first: the app's better-auth instance is made with it when its module loads.
const { database, db: raw } = await createTempDatabase();
// On PostgreSQL a rating first takes its learner's turn (lib/db/take-turns.ts): one more statement.
const TURN = database.provider === "postgresql" ? [".$executeRaw"] : [];
/**
 * The client with every query noted as `Model.operation` (or `.$queryRaw`): a proxy rather than a query extension,
 * because an extension re-reads raw statements' arguments and refuses the sync's own statement objects (lib/db/sql.ts).
 */
function counted<T extends object>(client: T): T {
  return new Proxy(client, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (prop === "$transaction")
        return (work: (tx: object) => Promise<unknown>, options?: unknown) =>
          (value as (w: (tx: object) => Promise<unknown>, o?: unknown) => Promise<unknown>).call(
            target,
            (tx) => work(counted(tx)),
            options,
          );
      if (prop === "$queryRaw" || prop === "$executeRaw" || prop === "$queryRawUnsafe" || prop === "$executeRawUnsafe")
        return (...args: unknown[]) => {
          env.queries.push(`.${prop}`);
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      if (typeof prop === "string" && !prop.startsWith("$") && value && typeof value === "object") {
        const model = prop[0]!.toUpperCase() + prop.slice(1);
        return new Proxy(value, {
          get: (delegate, operation) => {
            const method = Reflect.get(delegate, operation) as unknown;
            if (typeof method !== "function") return method;
            return (...args: unknown[]) => {
              env.queries.push(`${model}.${String(operation)}`);
              return (method as (...a: unknown[]) => unknown).apply(delegate, args);
            };
          },
        });
      }
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
env.db = counted(raw);
afterAll(() => raw.$disconnect());

const { syncReviews } = await import("@/lib/actions/sync-reviews");
const { auth } = await import("@/lib/auth/server");
const { getSnapshot } = await import("@/lib/data/snapshot");
const { cardKeysOf } = await import("@/lib/review/card-keys");
const { profileCookieSpec } = await import("@/lib/profile/cookie");
const PROFILE_COOKIE = profileCookieSpec(false).name;

const cards = getSnapshot()
  .questions.filter((q) => !q.draft && !q.retired)
  .flatMap(cardKeysOf)
  .slice(0, 40);

/** The queries of one sync request carrying a rating of each of these cards (Good, now). */
async function queriesOfSync(batch: (typeof cards)[number][], extra: { timeZone?: string } = {}) {
  env.queries.length = 0;
  const events = batch.map((card) => ({
    kind: "review",
    id: randomUUID(),
    ...card,
    rating: 3,
    reviewedAt: new Date().toISOString(),
    lang: "en",
  }));
  const body = JSON.stringify({ profileId: null, events, ...extra });
  const response = await syncReviews(new Request("http://localhost:3000/api/review/sync", { method: "POST", body }));
  const answer = (await response.json()) as { results: { status: string }[] };
  expect(answer.results.map((r) => r.status)).toEqual(batch.map(() => "stored"));
  return [...env.queries];
}
const queriesOfOneRating = (card: (typeof cards)[number], extra: { timeZone?: string } = {}) =>
  queriesOfSync([card], extra);

/** The anonymous learner's profile, named by the signed cookie their first rating set. */
const profileRow = () => raw.profile.findUniqueOrThrow({ where: { id: env.jar.get(PROFILE_COOKIE)!.split(".")[0]! } });

/**
 * After the profile: the learner's parameters and plans (one read), the learner's turn (PostgreSQL), the ids already
 * known, the cards touched, the due times load balancing reads, two writes.
 */
const SYNC = [".$queryRaw", ...TURN, ".$queryRaw", ".$queryRaw", ".$queryRaw", ".$executeRaw", ".$executeRaw"];

describe("the queries one sync request costs", () => {
  it("an anonymous learner's batch: the profile once, then raw statements whose number does not grow with the batch", async () => {
    env.jar.clear();
    await queriesOfOneRating(cards[0]!); // the first one creates the profile and sets its cookie
    await queriesOfOneRating(cards[1]!, { timeZone: "Europe/Berlin" });
    expect(await queriesOfOneRating(cards[2]!, { timeZone: "Europe/Berlin" })).toEqual(["Profile.findUnique", ...SYNC]);
    expect(await queriesOfSync(cards.slice(10, 30), { timeZone: "Europe/Berlin" })).toEqual([
      "Profile.findUnique",
      ...SYNC,
    ]);
  });

  it("a signed-in learner's rating: the session and account (better-auth's two), then the same as anonymous", async () => {
    env.jar.clear();
    const { headers } = await auth.api.signUpEmail({
      body: { name: "Counter", email: `${randomUUID()}@example.test`, password: "a long enough password 123!" },
      returnHeaders: true,
    });
    for (const cookie of headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const eq = pair!.indexOf("=");
      env.jar.set(pair!.slice(0, eq), decodeURIComponent(pair!.slice(eq + 1)));
    }
    await queriesOfOneRating(cards[3]!);
    await queriesOfOneRating(cards[4]!, { timeZone: "Europe/Berlin" });
    const steady = await queriesOfOneRating(cards[5]!, { timeZone: "Europe/Berlin" });
    expect(steady).toEqual(["Session.findFirst", "User.findFirst", "Profile.findUnique", ...SYNC]);
  });
});

describe("what a rating still remembers about the learner", () => {
  it("stores a new time zone at once, and marks the profile as seen at most once an hour", async () => {
    env.jar.clear();
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-11-22T10:00:00Z") });
    try {
      await queriesOfOneRating(cards[6]!, { timeZone: "Asia/Shanghai" });
      const first = await profileRow();
      expect(first).toMatchObject({ timeZone: "Asia/Shanghai", lastSeenAt: new Date("2026-11-22T10:00:00Z") });

      vi.setSystemTime(new Date("2026-11-22T10:59:00Z"));
      expect(await queriesOfOneRating(cards[7]!, { timeZone: "Europe/Berlin" })).toContain("Profile.update");
      expect(await profileRow()).toMatchObject({
        timeZone: "Europe/Berlin",
        lastSeenAt: new Date("2026-11-22T10:00:00Z"),
      });

      vi.setSystemTime(new Date("2026-11-22T11:01:00Z"));
      await queriesOfOneRating(cards[8]!, { timeZone: "Europe/Berlin" });
      expect((await profileRow()).lastSeenAt).toEqual(new Date("2026-11-22T11:01:00Z"));
    } finally {
      vi.useRealTimers();
    }
  });

  it("counts a repeated rating once and answers it as a duplicate", async () => {
    env.jar.clear();
    const event = { kind: "review", id: randomUUID(), ...cards[9]!, rating: 4, reviewedAt: new Date(), lang: "en" };
    const send = async () => {
      const body = JSON.stringify({ profileId: null, events: [event] });
      const response = await syncReviews(
        new Request("http://localhost:3000/api/review/sync", { method: "POST", body }),
      );
      return (await response.json()) as { results: { status: string }[]; cards: unknown[] };
    };
    const first = await send();
    const again = await send();
    expect(first.results[0]!.status).toBe("stored");
    expect(again.results[0]!.status).toBe("duplicate");
    expect(again.cards).toEqual(first.cards);
    expect(await raw.review.count({ where: { id: event.id } })).toBe(1);
    const card = await raw.card.findFirstOrThrow({
      where: { profileId: (await profileRow()).id, questionId: cards[9]!.questionId },
    });
    expect(card.reps).toBe(1);
  });
});
