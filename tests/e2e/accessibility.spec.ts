import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { findQuestion, snapshot } from "./content-lookup";
import { pageTypes, usePreferences } from "./page-types";
import { openReview } from "./review-ready";
import { hasKeyPoints, tagStartingWith } from "./review-scopes";
import { handIn } from "./hand-in";

// An axe scan of a long article with drawn diagrams takes seconds on its own; on a busy machine it needs room.
test.describe.configure({ timeout: 90_000 });

async function violations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes.length} × ${v.help} — ${v.nodes
        .slice(0, 4)
        .map((n) => n.target.join(" ") + " " + (n.any[0]?.message ?? ""))
        .join(" | ")}`,
  );
}

// Every page type, in both themes and both UI languages. The page list lives in page-types.ts: search and the
// dashboard join the sweep by being added there.
for (const lang of ["en", "zh"] as const) {
  for (const theme of ["light", "dark"] as const) {
    test.describe(`in ${lang === "en" ? "English" : "Chinese"}, ${theme} theme`, () => {
      for (const { name, open } of pageTypes()) {
        test(`the ${name} page has no WCAG 2.2 A/AA violations that axe can detect`, async ({
          page,
          context,
          baseURL,
        }) => {
          await usePreferences(context, baseURL!, { lang, theme });
          await open(page, lang);
          await expect(page.locator("html")).toHaveClass(theme === "dark" ? /\bdark\b/ : /^(?!.*\bdark\b)/);
          expect(await violations(page)).toEqual([]);
        });
      }
    });
  }
}

// Copy buttons and the marked table-of-contents entry only show once scripts run and the reader scrolls or
// hovers, so they are checked in that state, in both colour schemes.
for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`in the ${colorScheme} colour scheme`, () => {
    test.use({ colorScheme, permissions: ["clipboard-read", "clipboard-write"] });

    test("the dashboard with its charts and tables shown has no violations", async ({ page }) => {
      await openReview(page);
      await page.getByRole("button", { name: "Show answer" }).click();
      await page.getByRole("button", { name: "Good", exact: true }).click();
      // Undo appears once the rating is saved: then the dashboard has something to draw.
      await expect(page.getByRole("button", { name: "Undo" })).toBeVisible();
      // The dashboard is drawn on the server: wait until the rating has left the device's outbox.
      await expect(page.getByTestId("sync-status")).toHaveText("All saved");
      await page.goto("/dashboard");
      for (const summary of await page.getByText("Show as table").all()) await summary.click();
      await expect(page.getByRole("table", { name: /Reviews per study day/ })).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test("an article with a copy button shown and a section marked as current has no violations", async ({ page }) => {
      const article = snapshot().articles.find((a) => a.langs.en?.features.code && a.langs.en.toc.length >= 3)!;
      await page.goto(`/articles/${article.slug}`);
      const block = page.locator("pre:has(> code)").first();
      await block.scrollIntoViewIfNeeded();
      await block.hover();
      await page.getByRole("button", { name: "Copy code" }).first().click();
      await expect(page.getByRole("status").filter({ hasText: "Copied" })).toBeVisible();
      await expect(
        page.getByRole("navigation", { name: "On this page" }).locator('[aria-current="location"]'),
      ).toHaveCount(1);
      // Drawn diagrams included: their edge labels must meet AA contrast in both schemes. They are drawn near the screen.
      await page.locator("figure[data-mermaid]").first().scrollIntoViewIfNeeded();
      await expect(page.locator("figure[data-mermaid][data-rendered=true]").first()).toBeAttached();
      expect(await violations(page)).toEqual([]);
    });

    test("a flashcard with its answer and rating buttons shown has no violations", async ({ page }) => {
      await openReview(page, `/review?tag=${tagStartingWith((q) => q.type === "single").tag}`);
      await page.getByRole("button", { name: "Show answer" }).click();
      await expect(page.getByRole("button", { name: "Good", exact: true })).toBeFocused();
      expect(await violations(page)).toEqual([]);
    });

    test("an open flashcard with a typed answer and its key-point checklist ticked has no violations", async ({
      page,
    }) => {
      await openReview(page, `/review?tag=${tagStartingWith(hasKeyPoints).tag}`);
      await page.getByRole("textbox", { name: "Your answer (optional)" }).fill("An answer.");
      await page.getByRole("button", { name: "Show answer" }).click();
      const first = page.getByRole("group", { name: "Key points" }).getByRole("checkbox").first();
      await expect(first).toBeFocused();
      await first.check();
      await expect(page.locator("[data-suggested]")).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test("the settings form showing a field error has no violations", async ({ page }) => {
      await page.goto("/settings");
      await page.getByLabel("Desired retention").fill("1.5");
      await page.getByRole("button", { name: "Save settings" }).click();
      await expect(page.getByText("Enter a number from 0.70 to 0.97, e.g. 0.90.")).toBeVisible();
      await expect(page.getByLabel("Desired retention")).toHaveValue("1.5");
      expect(await violations(page)).toEqual([]);
    });

    test("a coding question with its answer shown has no violations", async ({ page }) => {
      // One whose solution also has a plain-text block (sample output), which shiki leaves unhighlighted: such
      // blocks once kept prose's colour for dark boxes, light grey on white.
      const plainBlock = (q: ReturnType<typeof snapshot>["questions"][number]) =>
        (q.langs.en?.solutionHtml ?? "").includes('class="language-text"');
      await page.goto(`/questions/${findQuestion((q) => q.type === "code" && plainBlock(q)).id}`);
      await page.getByRole("button", { name: "Show answer" }).click();
      await page.locator("pre:has(> code)").first().hover();
      await expect(page.getByRole("button", { name: "Copy code" }).first()).toHaveCSS("opacity", "1");
      expect(await violations(page)).toEqual([]);
    });
  });
}

test("the quiz runner (with feedback shown) and the result page have no WCAG 2.2 A/AA violations that axe can detect", async ({
  page,
}) => {
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
  await handIn(page);
  await expect(page.getByRole("heading", { level: 1, name: /^Result:/ })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
