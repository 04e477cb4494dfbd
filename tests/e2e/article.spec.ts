import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { readingMinutes } from "@/lib/content/reading-time";
import { findQuestion, snapshot } from "./content-lookup";

test("an article has a table of contents and renders its diagram as SVG", async ({ page }) => {
  const article = snapshot().articles.find((a) => a.langs.en?.features.mermaid && a.langs.en.features.math)!;
  const en = article.langs.en!;
  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: en.title })).toBeVisible();

  const toc = page.getByRole("navigation", { name: "On this page" });
  await expect(toc).toBeVisible();
  const target = en.toc[1] ?? en.toc[0]!;
  await toc.getByRole("link", { name: target.text, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#${encodeURIComponent(target.id)}$`));

  // Diagrams are drawn once the page is interactive, before the reader reaches them.
  await page.locator("figure[data-mermaid]").first().scrollIntoViewIfNeeded();
  const diagram = page.locator("figure[data-mermaid] svg").first();
  await expect(diagram).toBeVisible();
  await expect(page.locator(".katex").first()).toBeVisible();
});

test("on a wide screen the table of contents stays in view while scrolling and marks the section being read", async ({
  page,
}) => {
  const article = snapshot().articles.find((a) => (a.langs.en?.toc.length ?? 0) >= 6)!;
  const en = article.langs.en!;
  await page.goto(`/articles/${article.slug}`);
  const toc = page.getByRole("navigation", { name: "On this page" });
  await expect(toc).toBeInViewport();

  // A section further down that is longer than the screen, so its heading alone is above the reading line.
  const ids = en.toc.map((e) => e.id);
  const id = await page.evaluate((ids) => {
    const top = (id: string) => document.getElementById(id)!.getBoundingClientRect().top;
    return ids.slice(3).find((id, i, rest) => rest[i + 1] && top(rest[i + 1]!) - top(id) > window.innerHeight);
  }, ids);
  expect(id, "an article section longer than one screen").toBeTruthy();
  await page.locator(`[id="${id}"]`).evaluate((heading) => heading.scrollIntoView({ block: "start" }));
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);

  await expect(toc).toBeInViewport();
  const entry = en.toc.find((e) => e.id === id)!;
  await expect(toc.getByRole("link", { name: entry.text, exact: true })).toHaveAttribute("aria-current", "location");
  await expect(toc.locator('[aria-current="location"]')).toHaveCount(1);
});

test("on a narrow screen the table of contents is folded at the top and opens on demand", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const article = snapshot().articles.find((a) => (a.langs.en?.toc.length ?? 0) >= 2)!;
  const en = article.langs.en!;
  await page.goto(`/articles/${article.slug}`);
  const toc = page.getByRole("navigation", { name: "On this page" });
  await expect(toc).toBeHidden();
  const summary = page.getByText("On this page", { exact: true }).filter({ visible: true });
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(toc).toBeVisible();
  await toc.getByRole("link", { name: en.toc[1]!.text, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#${encodeURIComponent(en.toc[1]!.id)}$`));
});

test("an article shows its reading time in the interface language", async ({ page, context }) => {
  const article = snapshot().articles.find((a) => a.langs.en && a.langs.zh)!;
  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByText(`${readingMinutes(article.langs.en!.text)} min read`, { exact: true })).toBeVisible();

  // The address names its language; the one without a language follows the remembered choice.
  await context.addCookies([{ name: "NEXT_LOCALE", value: "zh", url: new URL(page.url()).origin }]);
  await page.goto(`/articles/${article.slug}`);
  await expect(page).toHaveURL(new RegExp(`/zh/articles/${article.slug}$`));
  await expect(page.getByText(`阅读约 ${readingMinutes(article.langs.zh!.text)} 分钟`, { exact: true })).toBeVisible();
});

/** The article's first code block as its author wrote it in Markdown (diagrams are not code to copy). */
function firstCodeBlock() {
  const article = snapshot().articles.find((a) => a.langs.en?.features.code)!;
  const markdown = readFileSync(article.langs.en!.source.file, "utf8");
  const fences = Array.from(markdown.matchAll(/^```(\w*)\n([\s\S]*?)\n```$/gm)).filter(
    ([, lang]) => lang !== "mermaid",
  );
  return { article, code: fences[0]![2]! };
}

function firstCopyButton(page: Page) {
  return {
    block: page.locator("pre:has(> code)").first(),
    button: page.getByRole("button", { name: "Copy code" }).first(),
  };
}

test.describe("copying code", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("the copy button appears on hover and on keyboard focus, copies the code as plain text and says so", async ({
    page,
  }) => {
    const { article, code } = firstCodeBlock();
    await page.goto(`/articles/${article.slug}`);
    const { block, button } = firstCopyButton(page);

    await block.hover();
    await expect(button).toHaveCSS("opacity", "1");
    await page.mouse.move(0, 0);
    await expect(button).toHaveCSS("opacity", "0");
    await button.focus();
    await expect(button).toHaveCSS("opacity", "1");

    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "Copied" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  });

  test("a question's code has a copy button too", async ({ page }) => {
    const question = findQuestion((q) => q.type === "code" && !!q.langs.en?.features.code);
    await page.goto(`/questions/${question.id}`);
    await page.getByRole("button", { name: "Show answer" }).click();
    const button = page.getByRole("button", { name: "Copy code" }).first();
    await button.click();
    await expect(page.getByRole("status").filter({ hasText: "Copied" })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.length).toBeGreaterThan(0);
    expect(copied).not.toContain("<span");
  });
});

test("without the Clipboard API the copy button selects the code and says how to copy it", async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined }));
  const { article, code } = firstCodeBlock();
  await page.goto(`/articles/${article.slug}`);
  const { button } = firstCopyButton(page);
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Press Ctrl+C to copy" })).toBeVisible();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(code);
});

test("a question page names the article that explains it before the answer is shown", async ({ page }) => {
  const s = snapshot();
  const article = s.articles.find(
    (a) =>
      a.langs.en &&
      a.related.some((id) => s.questions.some((q) => q.id === id && !q.draft && !q.retired && q.langs.en)),
  )!;
  const questionId = article.related.find((id) =>
    s.questions.some((q) => q.id === id && !q.draft && !q.retired && q.langs.en),
  )!;
  await page.goto(`/questions/${questionId}`);
  await expect(page.getByRole("button", { name: "Show answer" })).toBeVisible();
  await expect(page.getByText("Explained in:")).toBeVisible();
  await page.getByRole("link", { name: article.langs.en!.title, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: article.langs.en!.title })).toBeVisible();
});

test("the home page lists topics, and a topic page lists its banks and articles", async ({ page }) => {
  const s = snapshot();
  const topic = s.topics.find((t) => s.articles.some((a) => a.topic === t.id))!;
  await page.goto("/");
  await page.getByRole("link", { name: new RegExp(topic.name.en) }).click();
  await expect(page.getByRole("heading", { level: 1, name: topic.name.en })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Question banks" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
});
