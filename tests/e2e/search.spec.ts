import { expect, test } from "@playwright/test";
import { findQuestion, snapshot } from "./content-lookup";

test("from anywhere, / focuses the header search; typing and Enter open the results, which link to the question", async ({
  page,
}) => {
  const question = findQuestion((q) => q.type === "single" && q.langs.en!.title.split(" ").length >= 3);
  const title = question.langs.en!.title;
  await page.goto("/quizzes");
  const box = page.getByRole("search", { name: "Site search" }).getByRole("searchbox", { name: "Search" });
  // The shortcut works once the page's scripts have loaded; until then the key does nothing, so try again.
  await expect(async () => {
    await page.keyboard.press("/");
    await expect(box).toBeFocused({ timeout: 500 });
  }).toPass();
  await expect(box).toHaveValue("");
  await page.keyboard.type(title);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();

  const results = page.getByRole("list", { name: "Search results" });
  const link = results.getByRole("link", { name: title, exact: true });
  await expect(link.locator("mark").first()).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/questions/${question.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
});

test("the slash key types a slash while writing in a field", async ({ page }) => {
  await page.goto("/search");
  const query = page.getByRole("searchbox", { name: "Search questions and articles" });
  await query.fill("a/b");
  await query.press("/");
  await expect(query).toHaveValue("a/b/");
  await expect(query).toBeFocused();
});

test("results follow the typing, a filter narrows them and the address can be shared", async ({ page }) => {
  await page.goto("/search");
  await expect(page.getByRole("status")).toHaveText("Type a word, or pick a filter to list matching questions.");
  await page
    .getByRole("searchbox", { name: "Search questions and articles" })
    .pressSequentially("attention", { delay: 20 });
  const items = page.getByRole("list", { name: "Search results" }).getByRole("listitem");
  await expect(items.first()).toContainText(/attention/i);
  await expect(page).toHaveURL(/\/search\?q=attention$/);

  await page.getByLabel("Type").selectOption({ label: "Coding" });
  await expect(page).toHaveURL(/\/search\?q=attention&type=code$/);
  await expect(page.getByRole("status")).toHaveText(/^\d+ results?/);
  await expect(items.first()).toBeVisible();
  await expect(items.filter({ hasNotText: "Coding" })).toHaveCount(0);
  const count = await items.count();

  // The shared address renders the same search on the server.
  await page.reload();
  await expect(page.getByLabel("Type")).toHaveValue("code");
  await expect(items).toHaveCount(count);
});

test("a Chinese word finds longer Chinese words, marked in the result", async ({ page }) => {
  await page.goto("/search?q=" + encodeURIComponent("注意力") + "&lang=zh");
  const first = page.getByRole("list", { name: "Search results" }).getByRole("listitem").first();
  await expect(first.locator("mark").first()).toHaveText("注意力");
  await expect(first).toContainText("Chinese version");
});

test("an article section result opens the article at that section", async ({ page }) => {
  const article = snapshot().articles.find((a) => (a.langs.en?.toc.length ?? 0) >= 4)!;
  const entry = article.langs.en!.toc[3]!;
  await page.goto(`/search?q=${encodeURIComponent(entry.text)}&lang=en`);
  const results = page.getByRole("list", { name: "Search results" });
  await results
    .getByRole("link", { name: entry.text, exact: true })
    .and(page.locator(`[href="/articles/${article.slug}#${entry.id}"]`))
    .click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.slug}#${encodeURIComponent(entry.id)}$`));
  await expect(page.locator(`[id="${entry.id}"]`)).toBeInViewport();
});

test("bad search parameters get a clear answer, not an error page", async ({ page, request }) => {
  const res = await request.get("/api/search?q=attention&type=essay");
  expect(res.status()).toBe(400);
  expect((await res.json()).issues[0].field).toBe("type");
  await page.goto("/search?q=attention&type=essay");
  await expect(page.getByRole("alert").filter({ hasText: "not understood" })).toContainText("type");
  await expect(page.getByRole("list", { name: "Search results" }).getByRole("listitem").first()).toBeVisible();
});

test('the typo "atention" finds attention questions first, and Show more adds the next page from the keyboard', async ({
  page,
}) => {
  await page.goto("/search?q=atention&lang=en");
  const results = page.getByRole("list", { name: "Search results" });
  const items = results.getByRole("listitem");
  await expect(items).toHaveCount(20);
  for (const i of [0, 1, 2]) await expect(items.nth(i).getByRole("link")).toContainText(/attention/i);
  const status = page.getByRole("status");
  await expect(status).toContainText(/^\d+ results\s*\(showing 20\)$/);
  const total = Number(/^(\d+)/.exec((await status.textContent()) ?? "")![1]);
  expect(total).toBeGreaterThan(40);

  const more = page.getByRole("button", { name: "Show 20 more" });
  await more.focus();
  await page.keyboard.press("Enter");
  await expect(items).toHaveCount(40);
  await expect(status).toContainText("(showing 40)");
  // Focus moves to the first new result, so the reader carries on where the list grew.
  await expect(items.nth(20).getByRole("link")).toBeFocused();
  const urls = await results.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(new Set(urls).size).toBe(40);
});

test("a cloze question's snippet shows blanks, and formulas read as text rather than LaTeX", async ({ page }) => {
  await page.goto("/search?q=" + encodeURIComponent("masking scaling attention") + "&lang=en&type=cloze");
  const first = page.getByRole("list", { name: "Search results" }).getByRole("listitem").first();
  await expect(first).toContainText("[…]");
  await page.goto("/search?q=" + encodeURIComponent("scaled dot-product attention softmax") + "&lang=en&type=code");
  const snippets = page.getByRole("list", { name: "Search results" }).getByRole("listitem");
  await expect(snippets.first()).toBeVisible();
  for (const text of await snippets.allTextContents()) expect(text).not.toMatch(/\\(sqrt|frac|mathrm|top)\b/);
});
