import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createTempDatabase } from "../helpers/temp-db";

/**
 * The real rateCard action, end to end against a temporary database, counting the Prisma queries one rating
 * costs. Prisma compiles every query on the server's CPU, so this count is what a review's throughput rests on.
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
      "next-action": "rateCard",
      cookie: [...env.jar].map(([k, v]) => `${k}=${v}`).join("; "),
    }),
}));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));
vi.mock("@/lib/db/client", () => ({
  get prisma() {
    return env.db;
  },
}));

// The database first: the app's better-auth instance is made with it when its module loads.
const { db: raw } = await createTempDatabase();
env.db = raw.$extends({
  query: {
    async $allOperations({ model, operation, args, query }) {
      env.queries.push(`${model ?? ""}.${operation}`);
      return query(args);
    },
  },
}) as unknown as PrismaClient;
afterAll(() => raw.$disconnect());

const { rateCard } = await import("@/lib/actions/rate-card");
const { auth } = await import("@/lib/auth/server");
const { getSnapshot } = await import("@/lib/data/snapshot");
const { cardKeysOf } = await import("@/lib/review/card-keys");

const cards = getSnapshot().questions.filter((q) => !q.draft && !q.retired).flatMap(cardKeysOf).slice(0, 40);

async function queriesOfOneRating(card: (typeof cards)[number], extra: { timeZone?: string } = {}) {
  env.queries.length = 0;
  const result = await rateCard({ reviewId: randomUUID(), ...card, rating: 3, scope: {}, ...extra });
  expect(result.ok, JSON.stringify(result)).toBe(true);
  return [...env.queries];
}

describe("the queries one rating costs", () => {
  it("an anonymous learner's rating", async () => {
    env.jar.clear();
    await queriesOfOneRating(cards[0]!); // the first one creates the profile and sets its cookie
    await queriesOfOneRating(cards[1]!, { timeZone: "Europe/Berlin" });
    const steady = await queriesOfOneRating(cards[2]!, { timeZone: "Europe/Berlin" });
    console.log(`anonymous: ${steady.length} queries: ${steady.join(", ")}`);
    expect(steady.length).toBeLessThanOrEqual(100);
  });

  it("a signed-in learner's rating", async () => {
    env.jar.clear();
    const { headers } = await auth.api.signUpEmail({ body: { name: "Counter", email: `${randomUUID()}@example.test`, password: "a long enough password 123!" }, returnHeaders: true });
    for (const cookie of headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const eq = pair!.indexOf("=");
      env.jar.set(pair!.slice(0, eq), decodeURIComponent(pair!.slice(eq + 1)));
    }
    expect([...env.jar.keys()].some((k) => k.includes("session_token"))).toBe(true);
    await queriesOfOneRating(cards[3]!);
    await queriesOfOneRating(cards[4]!, { timeZone: "Europe/Berlin" });
    const steady = await queriesOfOneRating(cards[5]!, { timeZone: "Europe/Berlin" });
    console.log(`signed in: ${steady.length} queries: ${steady.join(", ")}`);
    expect(steady.length).toBeLessThanOrEqual(100);
  });
});
