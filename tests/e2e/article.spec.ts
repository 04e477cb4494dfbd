import { expect, test } from "@playwright/test";
import { snapshot } from "./content-lookup";

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

  const diagram = page.locator("figure[data-mermaid] svg").first();
  await expect(diagram).toBeVisible();
  await expect(page.locator(".katex").first()).toBeVisible();
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
