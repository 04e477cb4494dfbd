import { copyFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import type { ContentSnapshot } from "../../lib/content/schemas/snapshot";
import { searchIndexPath } from "../../lib/search/index-file";
import { startServer, type RunningServer } from "../bench/lib/start-server";

// Publishing content beside a running production server (`content:build`, or any tool that writes the snapshot):
// a snapshot with errors must never take the live site down; a clean one is picked up without a restart by the
// pages rendered per request (quizzes under way). Prerendered pages and the flashcards' content files are part of
// the build: they change with the next `npm run build` (README, "Publishing content").
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
  // A quiz under way is rendered per request from the snapshot (flashcards and content pages are built files).
  const article = good.articles.find((a) => a.langs.en && a.related.length > 0)!;
  await page.goto(`${server.url}/en/articles/${article.slug}`);
  await page.getByRole("button", { name: "Quiz me on this article" }).click();
  await expect(page).toHaveURL(/\/attempts\/[0-9a-f-]{36}$/);
  const attempt = page.url();
  const related = new Set(article.related);
  const titles = good.questions.filter((q) => related.has(q.id)).map((q) => q.langs.en?.title ?? "");
  const shownTitle = async () => {
    for (const title of titles) if (title && (await page.getByText(title, { exact: true }).count()) > 0) return title;
    return undefined;
  };
  await expect.poll(shownTitle).toBeDefined();

  publish({
    ...good,
    builtAt: new Date().toISOString(),
    errors: [
      { file: "content/banks/x/core.en.md", line: 3, column: 1, rule: "schema", message: "broken", severity: "error" },
    ],
  });

  await page.reload();
  await expect.poll(shownTitle).toBeDefined();
  await expect(page.getByText("The content has errors")).toHaveCount(0);
  await page.goto(`${server.url}/en/articles/${article.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(article.langs.en!.title);
  const health = await page.request.get(`${server.url}/api/health`);
  expect(health.status()).toBe(200);

  // A clean snapshot is served from the next request of a page rendered per request, with no restart.
  publish({
    ...good,
    builtAt: new Date().toISOString(),
    questions: good.questions.map((q) =>
      related.has(q.id) && q.langs.en
        ? { ...q, langs: { ...q.langs, en: { ...q.langs.en, title: `${q.langs.en.title} (republished)` } } }
        : q,
    ),
  });
  await expect(async () => {
    await page.goto(attempt);
    await expect(page.getByText(/\(republished\)/).first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
});
