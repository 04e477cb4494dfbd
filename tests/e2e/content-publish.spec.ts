import { copyFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import type { ContentSnapshot } from "../../lib/content/schemas/snapshot";
import { searchIndexPath } from "../../lib/search/index-file";
import { startServer, type RunningServer } from "../bench/lib/start-server";

// Publishing content beside a running production server (`content:build`, or any tool that writes the snapshot):
// a snapshot with errors must never take the live site down; a clean one is picked up without a restart by the
// pages rendered per request (review, quizzes under way). Prerendered pages are part of the build: they change
// with the next `npm run build` (README, "Publishing content").
const folder = path.resolve("data/e2e-publish");
const snapshotFile = path.join(folder, "content.json");

function publish(snapshot: ContentSnapshot) {
  const tmp = `${snapshotFile}.tmp`;
  writeFileSync(tmp, JSON.stringify(snapshot));
  renameSync(tmp, snapshotFile);
}

let server: RunningServer;
let good: ContentSnapshot;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  copyFileSync(".goldmine/content.json", snapshotFile);
  copyFileSync(searchIndexPath(".goldmine/content.json"), searchIndexPath(snapshotFile));
  good = JSON.parse(readFileSync(snapshotFile, "utf8")) as ContentSnapshot;
  server = await startServer({
    port: Number(process.env.E2E_PORT ?? 3100) + 63,
    databaseUrl: "file:./data/e2e-publish.db",
    env: { CONTENT_SNAPSHOT: snapshotFile },
  });
});

test.afterAll(async () => {
  await server?.stop();
});

test("a snapshot with errors never replaces the good one on a running production server", async ({ page }) => {
  const topic = good.topics[0]!;
  const review = `${server.url}/en/review?topic=${topic.id}`;
  await page.goto(review);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(topic.name.en);

  publish({
    ...good,
    builtAt: new Date().toISOString(),
    errors: [
      { file: "content/banks/x/core.en.md", line: 3, column: 1, rule: "schema", message: "broken", severity: "error" },
    ],
  });

  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(topic.name.en);
  await expect(page.getByText("The content has errors")).toHaveCount(0);
  await page.goto(`${server.url}/en/topics/${topic.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(topic.name.en);
  await page.goto(review);
  const health = await page.request.get(`${server.url}/api/health`);
  expect(health.status()).toBe(200);

  // A clean snapshot is served from the next request of a page rendered per request, with no restart.
  const renamed = `${topic.name.en} (republished)`;
  publish({
    ...good,
    builtAt: new Date().toISOString(),
    topics: good.topics.map((t) => (t.id === topic.id ? { ...t, name: { ...t.name, en: renamed } } : t)),
  });
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(renamed, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
});
