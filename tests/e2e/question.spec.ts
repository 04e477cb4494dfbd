import { expect, test } from "@playwright/test";
import { findQuestion } from "./content-lookup";

test("a choice question hides its answer until asked, then shows rendered math and the verdicts", async ({ page }) => {
  const q = findQuestion((x) => x.type === "single" && !!x.langs.en!.promptHtml.includes("katex"));
  await page.goto(`/questions/${q.id}`);
  await expect(page.getByRole("heading", { level: 1, name: q.langs.en!.title })).toBeVisible();
  await expect(page.locator("article .katex").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Explanation" })).toBeHidden();
  // A question page holds every content-language view; the reader sees one of them.
  const verdicts = page.getByText("Correct", { exact: true }).filter({ visible: true });
  await expect(verdicts).toHaveCount(0);

  await page.getByRole("button", { name: "Show answer" }).click();
  await expect(page.getByRole("heading", { name: "Explanation" })).toBeVisible();
  await expect(verdicts).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Hide answer" })).toHaveAttribute("aria-expanded", "true");
});

test("a coding question reveals highlighted reference code", async ({ page }) => {
  const q = findQuestion((x) => x.type === "code" && !!x.langs.en!.solutionHtml?.includes("shiki"));
  await page.goto(`/questions/${q.id}`);
  await expect(page.getByRole("heading", { name: "Solution" })).toBeHidden();
  await page.getByRole("button", { name: "Show answer" }).click();
  await expect(page.getByRole("heading", { name: "Solution" })).toBeVisible();
  const highlighted = page.locator("pre.shiki").filter({ visible: true }).last();
  await expect(highlighted).toBeVisible();
  // Highlighted means coloured tokens, not one plain block of text.
  expect(await highlighted.locator("span[style*='--shiki-light']").count()).toBeGreaterThan(3);
});

test("a cloze question shows blanks, then the answers", async ({ page }) => {
  const q = findQuestion((x) => x.type === "cloze");
  const first = q.langs.en!.clozes![0]!;
  await page.goto(`/questions/${q.id}`);
  const answer = page.locator("[data-content-view~=ui] .cloze-answer").first();
  await expect(answer).toBeHidden();
  await page.getByRole("button", { name: "Show answer" }).click();
  await expect(answer).toBeVisible();
  await expect(answer).toHaveText(first.answers[0]!);
});

test("an unknown question id is a friendly 404", async ({ page }) => {
  const response = await page.goto("/questions/no-such-question");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await page.getByRole("link", { name: "Back to the home page" }).click();
  await expect(page).toHaveURL(/\/en$/);
});
