import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, expect, test, type Page } from "@playwright/test";
import { findQuestion } from "./content-lookup";
import { watchCspViolations } from "./csp-violations";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../helpers/chromium";

/**
 * Installable and offline: the service worker (lib/offline/sw.ts, built by lib/cli/service-worker-build.ts) keeps
 * the home, flashcard and offline pages; without a connection they still open, and every page that needs the server
 * says so plainly instead of the browser's error page. The other journeys block the worker (playwright.config.ts).
 */
test.use({ serviceWorkers: "allow" });

/** Waits until the worker is installed (its precache complete) and controls this page. */
async function workerControls(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }),
      );
    return registration.active!.scriptURL;
  });
}

const OFFLINE_HEADING = { name: "You are offline" };

test("offline, the stored pages open and the others say they need a connection", async ({ page, context }) => {
  const violations = await watchCspViolations(page);
  await page.goto("/en");
  expect(new URL(await workerControls(page)).pathname).toBe("/sw.js");
  expect(await violations()).toEqual([]);

  // A content page opened online is kept (it is prerendered: the same for everyone).
  const question = findQuestion((q) => q.type === "code");
  await page.goto(`/en/questions/${question.id}`);
  const questionHeading = await page.getByRole("heading", { level: 1 }).innerText();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: questionHeading })).toBeVisible();
  await page.goto("/en");
  await expect(
    page.getByRole("heading", { level: 1, name: "Practise for LLM and AI-startup interviews" }),
  ).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Offline: flashcards keep working" })).toBeVisible();

  await page.goto("/en/offline");
  await expect(page.getByRole("heading", OFFLINE_HEADING)).toBeVisible();
  await expect(page.getByRole("link", { name: "Review flashcards" })).toHaveAttribute("href", "/en/review");
  await page.goto("/zh/offline");
  await expect(page.getByRole("heading", { name: "你已离线" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("已离线：闪卡照常可用");

  // A full page load of a page that needs the server: the offline page, in the address's language.
  for (const path of ["/en/dashboard", "/en/quizzes", "/en/classes"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("heading", OFFLINE_HEADING), path).toBeVisible();
  }

  // A click in the app: the client router cannot fetch the page, loads it in full, and the worker answers.
  await page.goto("/en");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page).toHaveURL(/\/en\/dashboard$/);
  await expect(page.getByRole("heading", OFFLINE_HEADING)).toBeVisible();

  await context.setOffline(false);
  await page.reload();
  await expect(page.getByRole("heading", OFFLINE_HEADING)).toHaveCount(0);
  await expect(page.getByText("Offline: flashcards keep working")).toHaveCount(0);
});

test("the manifest names the app in both languages and its icons load at their sizes", async ({ request }) => {
  const response = await request.get("/manifest.webmanifest");
  expect(response.status()).toBe(200);
  const manifest = (await response.json()) as {
    name: string;
    start_url: string;
    scope: string;
    display: string;
    icons: { src: string; sizes: string; type: string; purpose?: string }[];
  };
  expect(manifest.name).toContain("Goldmine");
  expect(manifest.name).toContain("金矿");
  expect(manifest).toMatchObject({ start_url: "/review", scope: "/", display: "standalone" });
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  expect(manifest.icons.some((i) => i.purpose === "maskable")).toBe(true);
  for (const icon of [...manifest.icons, { src: "/apple-touch-icon.png", sizes: "180x180", type: "image/png" }]) {
    const file = await request.get(icon.src);
    expect(file.status(), icon.src).toBe(200);
    expect(file.headers()["content-type"], icon.src).toBe("image/png");
    const png = await file.body();
    // The PNG header's width and height (IHDR, bytes 16–23).
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
  }
});

test("the worker's precache list holds the offline pages of both languages (the card browser too), each with a revision", () => {
  const worker = readFileSync(".next/sw.js", "utf8");
  for (const page of ["/en", "/zh", "/en/offline", "/zh/offline", "/en/cards", "/zh/cards"])
    expect(worker, page).toMatch(new RegExp(`\\{"revision":"[0-9a-f]{32}","url":"${page}"\\}`));
  // The build files those pages load, by their hashed addresses (no revision needed).
  expect(worker).toMatch(/\{"revision":null,"url":"\/_next\/static\/chunks\/[^"]+\.js"\}/);
});

test("the worker is served fresh, for the whole site", async ({ request }) => {
  const response = await request.get("/sw.js");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^text\/javascript/);
  expect(response.headers()["cache-control"]).toBe("no-cache");
  expect(response.headers()["service-worker-allowed"]).toBe("/");
  const again = await request.get("/sw.js", { headers: { "if-none-match": response.headers()["etag"]! } });
  expect(again.status()).toBe(304);
});

test("Chrome finds the app installable: a valid manifest, icons and a worker in control", async ({ baseURL }) => {
  // Chrome never offers to install from an incognito profile, which is what a test's context is: a real profile.
  const profile = mkdtempSync(path.join(tmpdir(), "goldmine-install-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    baseURL,
    serviceWorkers: "allow",
  });
  try {
    const page = await context.newPage();
    await page.goto("/en");
    await workerControls(page);
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send("Page.getAppManifest");
    expect(new URL(manifest.url).pathname).toBe("/manifest.webmanifest");
    expect(manifest.errors).toEqual([]);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test("a new worker takes over by itself, without a reload, and drops an old deployment's pages", async ({ page }) => {
  await page.goto("/en");
  const first = await workerControls(page);
  // What an earlier deployment left behind (its pages refer to build files that no longer exist).
  await page.evaluate(() => caches.open("pages-an-earlier-deployment"));

  // A new deployment, as the browser sees it: a different worker script for the same scope.
  const tookOver = await page.evaluate(async () => {
    const changed = new Promise<string>((resolve) =>
      navigator.serviceWorker.addEventListener(
        "controllerchange",
        () => resolve(navigator.serviceWorker.controller!.scriptURL),
        { once: true },
      ),
    );
    await navigator.serviceWorker.register("/sw.js?deployment=next", { scope: "/", updateViaCache: "none" });
    return changed;
  });
  expect(tookOver).not.toBe(first);
  expect(new URL(tookOver).search).toBe("?deployment=next");
  await expect.poll(() => page.evaluate(() => caches.keys())).not.toContain("pages-an-earlier-deployment");
  // The page kept working under the new worker: it still answers from the network and the precache.
  await expect(
    page.getByRole("heading", { level: 1, name: "Practise for LLM and AI-startup interviews" }),
  ).toBeVisible();
});
