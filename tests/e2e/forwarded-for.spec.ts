import { expect, test } from "@playwright/test";
import { startServer, type RunningServer } from "../bench/lib/start-server";

// Its own server and database: this test uses up the address's join-code allowance, which would refuse every
// join from 127.0.0.1 on the shared server for ten minutes.
let server: RunningServer;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  server = await startServer({
    port: Number(process.env.E2E_PORT ?? 3100) + 64,
    databaseUrl: "file:./data/e2e-forwarded.db",
  });
});

test.afterAll(async () => {
  await server?.stop();
});

// Eleven well-formed codes no class has (a malformed one is refused before the lookup and does not count).
const WRONG_CODES = [..."23456789ABC"].map((c) => `ZZZZZZZ${c}`);

test("a fresh X-Forwarded-For on every request does not buy more guesses at join codes", async ({ request }) => {
  const seen: string[] = [];
  for (const [i, code] of WRONG_CODES.entries()) {
    // With no proxy configured (TRUSTED_PROXIES=0), the header is the client's own claim and must be ignored.
    const response = await request.get(`${server.url}/join/${code}`, {
      headers: { "x-forwarded-for": `203.0.113.${i + 1}`, "x-real-ip": `198.51.100.${i + 1}` },
    });
    expect(response.status()).toBe(200);
    seen.push(await response.text());
  }
  for (const page of seen.slice(0, 10)) expect(page).toContain("This join link does not work");
  expect(seen[10]).toContain("Too many join codes that match no class were tried");
});
