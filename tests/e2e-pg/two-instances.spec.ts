import { randomBytes, randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { freePort } from "@/lib/cli/private-postgres";
import { actionIds } from "../bench/load/action-client";
import { runReviewLoad } from "../bench/load/review-load";
import { createVirtualUsers, liveCardKeys } from "../bench/load/virtual-users";
import { startServer, type RunningServer } from "../bench/lib/start-server";
import { dropDatabases, onServer, uniqueName, withDatabase } from "../helpers/postgres-databases";

/**
 * Several stateless instances behind a load balancer: two production servers from the same build, on two
 * ports, sharing one PostgreSQL database and one SESSION_SECRET, as a deployment would.
 */
const server = process.env.TEST_POSTGRES_URL;
test.skip(!server, "needs TEST_POSTGRES_URL (npm test starts a private PostgreSQL server)");
test.describe.configure({ mode: "serial" });

const prefix = uniqueName("goldmine_e2e");
let databaseUrl: string;
let a: RunningServer;
let b: RunningServer;

test.beforeAll(async () => {
  test.setTimeout(15 * 60_000);
  await onServer(server!, (client) => client.query(`CREATE DATABASE "${prefix}"`));
  databaseUrl = withDatabase(server!, prefix);
  // The load generator stands in for the reverse proxy in front of both instances: it sends the public host in
  // X-Forwarded-Host, which the instances honour only from a configured proxy.
  const env = { SESSION_SECRET: randomBytes(32).toString("base64url"), TRUSTED_PROXIES: "1" };
  // One after the other: the first builds if the sources changed and migrates; the second finds both done.
  a = await startServer({ port: await freePort(), databaseUrl, env });
  b = await startServer({ port: await freePort(), databaseUrl, env });
});

test.afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  if (server) await dropDatabases(server, prefix);
});

async function query<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

const dueCount = async (page: Page) =>
  Number(/\d+/.exec((await page.getByTestId("due-count").textContent()) ?? "")?.[0] ?? NaN);

async function rateOne(page: Page) {
  const title = await page.getByRole("heading", { level: 2 }).textContent();
  await page.getByRole("button", { name: "Show answer" }).click();
  // Easy: a new card goes days ahead, so it leaves today's count (Good would bring it back in minutes).
  await page.getByRole("button", { name: "Easy", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2 })).not.toHaveText(title ?? "");
}

test("one learner moves between the instances: signs up on A, reviews on B, takes a quiz on A, and both show the same progress", async ({
  page,
}) => {
  const id = randomUUID().slice(0, 8);
  const person = { name: `Two ${id}`, email: `two-${id}@example.com`, password: `tide-lantern-${id}` };

  await page.goto(`${a.url}/sign-up`);
  await page.getByLabel("Name").fill(person.name);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Account", exact: true }),
  ).toBeVisible();

  // B knows the session A created: the session row is in the shared database, the cookie signed with the shared secret.
  await page.goto(`${b.url}/review`);
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Account", exact: true }),
  ).toBeVisible();
  const before = await dueCount(page);
  expect(before).toBeGreaterThanOrEqual(3);
  for (let i = 1; i <= 3; i++) {
    await rateOne(page);
    await expect(page.getByTestId("due-count")).toHaveText(new RegExp(`^${before - i} cards? due today`));
  }
  // Rated on this device at once; on the server (which A reads) once the page says so.
  await expect(page.getByTestId("sync-status")).toHaveText("All saved");

  await page.goto(`${a.url}/review`);
  await expect(page.getByTestId("due-count")).toHaveText(new RegExp(`^${before - 3} cards? due today`));

  await page.goto(`${a.url}/quizzes`);
  await page.getByRole("group", { name: "Question types" }).getByRole("checkbox", { name: "True or false" }).check();
  await page.getByRole("spinbutton", { name: "Number of questions" }).fill("2");
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page).toHaveURL(/\/attempts\/[0-9a-f-]{36}$/);
  for (let n = 1; n <= 2; n++) {
    await expect(page.getByText(`Question ${n} of 2`)).toBeVisible();
    await page.locator("section[data-question-id]").getByRole("radio", { name: "True" }).check();
    await page.getByRole("button", { name: "Submit answer" }).click();
    await expect(page.getByRole("button", { name: n < 2 ? "Next" : "Finish quiz" })).toBeEnabled();
    if (n < 2) await page.getByRole("button", { name: "Next" }).click();
  }
  await page.getByRole("button", { name: "Finish quiz" }).click();
  await expect(page).toHaveURL(/\/result$/);
  const attemptId = /\/attempts\/([0-9a-f-]{36})\//.exec(page.url())![1]!;

  // Both instances read the same progress from the database.
  for (const instance of [b, a]) {
    await page.goto(`${instance.url}/dashboard`);
    await expect(page.getByRole("heading", { level: 1, name: "Your progress" })).toBeVisible();
    await expect(page.getByTestId("reviews-today")).toHaveText("3");
    await expect(page.getByTestId("due-today")).toHaveText(String(before - 3));
    await expect(page.getByRole("region", { name: "Quiz history" }).getByRole("row")).toHaveCount(2);
  }

  // Nothing lost: every write is in the one database.
  const [profile] = await query<{ id: string }>(
    `SELECT p.id FROM "Profile" p JOIN "user" u ON u.id = p."userId" WHERE u.email = $1`,
    [person.email],
  );
  expect(await query(`SELECT 1 FROM "Review" WHERE "profileId" = $1`, [profile!.id])).toHaveLength(3);
  expect(
    await query(`SELECT 1 FROM "QuizAttempt" WHERE id = $1 AND "profileId" = $2 AND "finishedAt" IS NOT NULL`, [
      attemptId,
      profile!.id,
    ]),
  ).toHaveLength(1);
  expect(await query(`SELECT 1 FROM "QuizAnswer" WHERE "attemptId" = $1`, [attemptId])).toHaveLength(2);
});

test("20 users rating cards for 20 s across both instances: no errors, and every acknowledged rating is stored", async () => {
  test.setTimeout(5 * 60_000);
  const ids = actionIds();
  const cards = liveCardKeys();
  const users = await createVirtualUsers([a.url, b.url], 20, ids, cards);
  expect(new Set(users.map((u) => u.baseUrl))).toEqual(new Set([a.url, b.url]));
  const figures = await runReviewLoad(
    { baseUrls: [a.url, b.url], users, seconds: 20, batch: { min: 1, max: 10 } },
    cards,
  );
  console.log(
    `two instances on PostgreSQL: ${figures.requests} requests, ${figures.reviewsPerSecond.toFixed(1)} reviews/s, p50 ${figures.latencyMs.p50} ms, p99 ${figures.latencyMs.p99} ms, ${figures.errors} errors`,
  );
  expect(figures.errors).toBe(0);
  expect(figures.acknowledged.length).toBeGreaterThan(20);
  const [stored] = await query<{ n: string }>(`SELECT COUNT(*) AS n FROM "Review" WHERE id = ANY($1::text[])`, [
    figures.acknowledged,
  ]);
  expect(Number(stored!.n)).toBe(figures.acknowledged.length);
  // Each user's ratings landed under their own profile: 20 profiles with reviews from this run.
  const [profiles] = await query<{ n: string }>(
    `SELECT COUNT(DISTINCT "profileId") AS n FROM "Review" WHERE id = ANY($1::text[])`,
    [figures.acknowledged],
  );
  expect(Number(profiles!.n)).toBe(20);
});
