import { expect, test } from "@playwright/test";
import { contentPagePaths, findQuestion, snapshot } from "./content-lookup";

// Every page's address names its language; the addresses shared before they did keep working.

test("an address without a language opens the page in the browser's language on a first visit", async ({ browser }) => {
  const q = findQuestion((x) => x.type === "open");
  const zh = await browser.newContext({ locale: "zh-CN" });
  const page = await zh.newPage();
  await page.goto(`/questions/${q.id}`);
  await expect(page).toHaveURL(new RegExp(`/zh/questions/${q.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: q.langs.zh!.title })).toBeVisible();
  await zh.close();
});

test("an address without a language follows the language chosen before, over the browser's", async ({
  page,
  context,
  baseURL,
}) => {
  const article = snapshot().articles[0]!;
  await context.addCookies([{ name: "NEXT_LOCALE", value: "zh", url: baseURL! }]);
  await page.goto(`/articles/${article.slug}?from=old-link`);
  await expect(page).toHaveURL(new RegExp(`/zh/articles/${article.slug}\\?from=old-link$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
});

test("the language switch keeps you on the same page, search included, and is remembered", async ({ page }) => {
  const topic = snapshot().topics[0]!;
  await page.goto(`/en/topics/${topic.id}`);
  await page.getByRole("link", { name: "中文" }).click();
  await expect(page).toHaveURL(new RegExp(`/zh/topics/${topic.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: topic.name.zh })).toBeVisible();

  await page.goto("/en/search?q=attention");
  await expect(page.getByRole("status")).toContainText(/result/);
  await page.getByRole("link", { name: "中文" }).click();
  await expect(page).toHaveURL(/\/zh\/search\?q=attention$/);

  // Remembered: an address without a language now opens in Chinese even for an English browser.
  await page.goto("/quizzes");
  await expect(page).toHaveURL(/\/zh\/quizzes$/);
});

test("every content page names its canonical address and its other language", async ({ page }) => {
  const s = snapshot();
  const q = findQuestion((x) => x.type === "single");
  for (const path of [
    "",
    `/topics/${s.topics[0]!.id}`,
    `/questions/${q.id}`,
    `/articles/${s.articles[0]!.slug}`,
    `/quizzes/${s.quizzes[0]!.slug}`,
  ]) {
    await page.goto(`/zh${path}`);
    await expect(page.locator('head link[rel="canonical"]'), path).toHaveAttribute("href", new RegExp(`/zh${path}$`));
    await expect(page.locator('head link[rel="alternate"][hreflang="en"]'), path).toHaveAttribute(
      "href",
      new RegExp(`/en${path}$`),
    );
    await expect(page.locator('head link[rel="alternate"][hreflang="zh-CN"]'), path).toHaveCount(1);
    await expect(page.locator('head link[rel="alternate"][hreflang="x-default"]'), path).toHaveCount(1);
  }
});

test("the sitemap lists every content page in both languages, and robots.txt allows them", async ({ request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  const paths = contentPagePaths();
  const listed = new Set([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
  for (const locale of ["en", "zh"])
    for (const path of paths) expect(listed.has(`/${locale}${path}`), `${locale}${path}`).toBe(true);
  expect(listed.size).toBe(paths.length * 2);
  expect(xml).toContain('hreflang="zh-CN"');

  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toMatch(/^Disallow: \/api\/$/m);
});
