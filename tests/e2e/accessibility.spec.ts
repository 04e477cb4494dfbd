import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { findQuestion, snapshot } from "./content-lookup";

const pages = () => {
  const s = snapshot();
  return [
    ["home", "/"],
    ["topic", `/topics/${s.topics[0]!.id}`],
    ["question", `/questions/${findQuestion((q) => q.type === "single").id}`],
    ["article", `/articles/${s.articles.find((a) => a.langs.en?.features.mermaid)!.slug}`],
    ["quizzes", "/quizzes"],
    ["quiz set", `/quizzes/${s.quizzes.find((q) => q.timeLimitMinutes)!.slug}`],
  ] as const;
};

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help} — ${v.nodes.slice(0, 4).map((n) => n.target.join(" ") + " " + (n.any[0]?.message ?? "")).join(" | ")}`);
}

for (const [name, url] of pages()) {
  test(`the ${name} page has no WCAG 2.2 A/AA violations that axe can detect`, async ({ page }) => {
    await page.goto(url);
    expect(await violations(page)).toEqual([]);
  });
}

test("the quiz runner (with feedback shown) and the result page have no WCAG 2.2 A/AA violations that axe can detect", async ({ page }) => {
  const set = snapshot().quizzes.find((q) => q.timeLimitMinutes && q.questions)!;
  await page.goto(`/quizzes/${set.slug}`);
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page.getByRole("timer", { name: "Time left" })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  // Practice mode: answer the first question to show its feedback.
  const section = page.locator("section[data-question-id]");
  const type = await section.getAttribute("data-question-type");
  if (type === "single" || type === "boolean") await section.getByRole("radio").first().check();
  else if (type === "multiple") await section.getByRole("checkbox").first().check();
  else for (const box of await section.getByRole("textbox").all()) await box.fill("x");
  await page.getByRole("button", { name: "Submit answer" }).click();
  await expect(page.getByRole("heading", { name: /Explanation|Model answer|Solution/ }).first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.getByRole("button", { name: "Finish quiz" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Result:/ })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
