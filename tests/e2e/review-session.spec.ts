import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import type { Question } from "@/lib/content/schemas/question";
import { cardKeysInScope, questionsInScope } from "@/lib/review/scope";
import { snapshot } from "./content-lookup";
import { msg, usePreferences, type UiLang } from "./page-types";
import { tagStartingWith } from "./review-scopes";

test.describe.configure({ timeout: 90_000 });

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
const SIZES = [
  ["a 360 px phone", PHONE],
  ["a desktop", DESKTOP],
] as const;

const titleIn = (q: Question, lang: UiLang) => (q.langs[lang] ?? q.langs.en ?? q.langs.zh)!.title;
const ready = (page: Page, lang: UiLang) =>
  expect(page.getByRole("button", { name: msg(lang, "reviewSession.shortcutsButton") })).toBeVisible();

async function violations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
}

/** A tag with a few plain cards (one per question: no cloze), so a session over it ends after a few ratings. */
function smallTag(): { tag: string; cards: number } {
  const s = snapshot();
  for (const tag of [...new Set(s.questions.flatMap((q) => q.tags))].sort()) {
    const questions = questionsInScope(s, { tag }) ?? [];
    if (questions.length >= 2 && questions.length <= 3 && questions.every((q) => q.type !== "cloze"))
      return { tag, cards: cardKeysInScope(questions).length };
  }
  throw new Error("no tag in content/ has two or three plain questions");
}

for (const lang of ["en", "zh"] as const) {
  for (const [size, viewport] of SIZES) {
    test.describe(`in ${lang === "en" ? "English" : "Chinese"} on ${size}`, () => {
      test.use({ viewport });
      test.beforeEach(async ({ context, baseURL }) => usePreferences(context, baseURL!, { lang }));

      test("a first session starts with the first topic's first question, and the topics' counts add up to the total", async ({
        page,
      }) => {
        const s = snapshot();
        const first = questionsInScope(s, {})![0]!;
        expect(first.topic).toBe(s.topics[0]!.id);
        await page.goto("/review");
        await ready(page, lang);
        await expect(page.getByRole("heading", { level: 2 }).first()).toHaveText(titleIn(first, lang));
        await expect(page.getByRole("progressbar", { name: msg(lang, "reviewSession.progressLabel") })).toHaveAttribute(
          "aria-valuenow",
          "0",
        );

        await page.goto("/");
        // The heading says "Cards due today" until the learner's count arrives.
        await expect(page.locator("#due-heading")).toHaveText(/\d/);
        const total = Number(/\d+/.exec(await page.locator("#due-heading").innerText())?.[0]);
        expect(total).toBeGreaterThan(0);
        const topicLinks = page.getByRole("region", { name: msg(lang, "home.topics") }).getByRole("link");
        await expect(topicLinks.first()).toContainText(/\d/);
        const counts = await topicLinks.evaluateAll((links) =>
          links.map((link) => Number(/(\d+)\D*$/.exec(link.querySelector("span.block")?.textContent ?? "")?.[1] ?? 0)),
        );
        expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
        expect(counts[0]).toBeGreaterThan(0);
      });

      test("the shortcut sheet opens with ? and with its button, lists the keys, and closes with Esc", async ({
        page,
      }) => {
        await page.goto("/review");
        await ready(page, lang);
        const sheet = page.getByRole("dialog", { name: msg(lang, "reviewSession.sheetTitle") });
        // The hint shows on hydration; the key listener is attached by an effect just after it.
        await expect(async () => {
          await page.keyboard.press("?");
          await expect(sheet).toBeVisible({ timeout: 1_000 });
        }).toPass();
        for (const key of ["keyPickLetter", "keyRate", "keyUndo", "keyReveal"])
          await expect(sheet.getByText(msg(lang, `reviewSession.${key}`), { exact: true })).toBeVisible();
        await expect(sheet.getByText(msg(lang, "reviewSession.groupBefore"), { exact: true })).toBeVisible();
        // Modal: keys meant for the card do nothing behind it.
        await page.keyboard.press("Space");
        await expect(page.getByRole("button", { name: msg(lang, "review.good"), exact: true })).toHaveCount(0);
        await page.keyboard.press("Escape");
        await expect(sheet).toBeHidden();

        const button = page.getByRole("button", { name: msg(lang, "reviewSession.shortcutsButton") });
        await button.click();
        await expect(sheet).toBeVisible();
        await sheet.getByRole("button", { name: msg(lang, "reviewSession.close") }).click();
        await expect(sheet).toBeHidden();
        await expect(button).toBeFocused();
      });

      test("a short session ends with a summary of what was done and why nothing is left", async ({ page }) => {
        const { tag, cards } = smallTag();
        await page.goto(`/review?tag=${tag}`);
        await ready(page, lang);
        const progress = page.getByRole("progressbar", { name: msg(lang, "reviewSession.progressLabel") });
        await expect(progress).toHaveAttribute("aria-valuemax", String(cards));
        for (let done = 1; done <= cards; done++) {
          await page.getByRole("button", { name: msg(lang, "review.showAnswer") }).click();
          await page.getByRole("button", { name: msg(lang, "review.easy"), exact: true }).click();
          if (done < cards) await expect(page.getByText(`${done} / ${cards}`, { exact: true })).toBeVisible();
        }
        const summary = page.getByRole("region", { name: msg(lang, "reviewSession.summaryTitle") });
        await expect(summary).toBeVisible();
        await expect(summary.getByRole("heading", { level: 2 })).toBeFocused();
        await expect(summary.getByText(msg(lang, "reviewSession.reasonAllLearned"))).toBeVisible();
        await expect(summary.getByRole("definition").first()).toHaveText(String(cards));
        await expect(summary.getByRole("listitem").filter({ hasText: msg(lang, "review.easy") })).toContainText(
          String(cards),
        );
        await expect(summary.getByText(msg(lang, "reviewSession.timeSpent"))).toBeVisible();
        await expect(summary.getByText(msg(lang, "reviewSession.nextDueNone"))).toHaveCount(0);
        await summary.getByText(msg(lang, "reviewSession.pickTopic")).click();
        const firstTopic = snapshot().topics[0]!;
        await summary.getByRole("link", { name: firstTopic.name[lang] }).click();
        await expect(page).toHaveURL(new RegExp(`/${lang}/review\\?topic=${firstTopic.id}$`));
        await ready(page, lang);
      });
    });
  }
}

test.describe("on a 360 px phone", () => {
  test.use({ viewport: PHONE });

  test("the rating buttons stay on screen below a long card, and the notice of a rating can be dismissed", async ({
    page,
  }) => {
    const long = (q: Question) =>
      q.type === "code" && (q.langs.en?.solutionHtml?.length ?? 0) + (q.langs.en?.explanationHtml?.length ?? 0) > 3000;
    const { tag } = tagStartingWith(long, 2);
    await page.goto(`/review?tag=${tag}`);
    await ready(page, "en");
    await expect(page.getByRole("button", { name: "Show answer" })).toBeInViewport();
    await page.getByRole("button", { name: "Show answer" }).click();
    const good = page.getByRole("button", { name: "Good", exact: true });
    await expect(good).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollHeight / window.innerHeight)).toBeGreaterThan(2);
    for (const y of [0, 1e6]) {
      await page.evaluate((to) => window.scrollTo(0, to), y);
      for (const name of ["Again", "Hard", "Good", "Easy"])
        await expect(page.getByRole("button", { name, exact: true })).toBeInViewport();
    }
    await good.click();
    const toast = page.getByTestId("review-toast");
    await expect(toast).toBeVisible();
    await expect(toast).toHaveText(/Rated “Good”\./);
    await expect(toast).toBeInViewport();
    await page.keyboard.press("z");
    await expect(toast).toContainText("Rating taken back.");
    await toast.getByRole("button", { name: "Dismiss" }).click();
    await expect(toast.getByRole("status")).toBeEmpty();
    await expect(toast.getByRole("button", { name: "Dismiss" })).toHaveCount(0);
  });
});

test("A–D and 1–n pick an option before the answer is shown; after it, the number keys rate", async ({ page }) => {
  const { tag } = tagStartingWith((q) => q.type === "single" && (q.langs.en?.options?.length ?? 0) >= 3, 2);
  await page.goto(`/review?tag=${tag}`);
  await ready(page, "en");
  const radios = page.getByRole("radio");
  await page.keyboard.press("b");
  await expect(radios.nth(1)).toBeChecked();
  await page.keyboard.press("A");
  await expect(radios.nth(0)).toBeChecked();
  await page.keyboard.press("3");
  await expect(radios.nth(2)).toBeChecked();
  await expect(radios.nth(0)).not.toBeChecked();
  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: "Again", exact: true })).toBeVisible();
  await expect(radios.nth(2)).toBeChecked();
  await page.keyboard.press("1");
  await expect(page.getByTestId("review-toast")).toHaveText(/Rated “Again”\./);
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("review-toast").getByRole("status")).toBeEmpty();
});

test("with today's new cards used up, the summary says so and offers more new cards", async ({ page }) => {
  await page.goto("/settings");
  await page.getByLabel("New cards per day").fill("1");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  await page.goto("/review");
  await ready(page, "en");
  await page.getByRole("button", { name: "Show answer" }).click();
  await page.getByRole("button", { name: "Easy", exact: true }).click();
  const summary = page.getByRole("region", { name: "Session complete" });
  await expect(summary.getByText("Nothing else is due, and you have had today's 1 new card.")).toBeVisible();
  await summary.getByRole("button", { name: "Learn 10 more new cards today" }).click();
  await expect(page.getByRole("button", { name: "Show answer" })).toBeVisible();
  await expect(page.getByText("1 / 11", { exact: true })).toBeVisible();
});

test("no KaTeX font is preloaded for math that is not on screen, on /review and in a quiz", async ({ page }) => {
  const warnings: string[] = [];
  page.on("console", (m) => void (/preload/i.test(m.text()) && warnings.push(m.text())));
  const fontPreloads = page.locator('link[rel="preload"][as="font"]');
  const hasMath = (q: Question) => !!q.langs.en?.features.math;
  const { tag } = tagStartingWith(hasMath, 2);
  await page.goto(`/review?tag=${tag}`);
  await ready(page, "en");
  await expect(page.locator(".katex").first()).toBeVisible();
  await page.getByRole("button", { name: "Show answer" }).click();
  await page.getByRole("button", { name: "Good", exact: true }).click();
  await expect(page.getByRole("progressbar", { name: "Session progress" })).toHaveAttribute("aria-valuenow", "1");
  await expect(fontPreloads).toHaveCount(0);

  const s = snapshot();
  const quiz = s.quizzes.find((q) => q.questions?.some((id) => s.questions.find((x) => x.id === id && hasMath(x))))!;
  await page.goto(`/quizzes/${quiz.slug}`);
  await page.getByRole("button", { name: msg("en", "quiz.start.start") }).click();
  await expect(page).toHaveURL(/\/attempts\//);
  await expect(fontPreloads).toHaveCount(0);
  expect(warnings).toEqual([]);
});

for (const theme of ["light", "dark"] as const) {
  test(`the shortcut sheet and the session summary have no WCAG 2.2 A/AA violations (${theme} theme)`, async ({
    page,
    context,
    baseURL,
  }) => {
    await usePreferences(context, baseURL!, { lang: "en", theme });
    const { tag, cards } = smallTag();
    await page.goto(`/review?tag=${tag}`);
    await ready(page, "en");
    await page.keyboard.press("?");
    await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    for (let i = 0; i < cards; i++) {
      await page.getByRole("button", { name: "Show answer" }).click();
      await page.getByRole("button", { name: "Easy", exact: true }).click();
    }
    await expect(page.getByRole("region", { name: "Session complete" })).toBeVisible();
    await expect(page.getByTestId("review-toast")).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}
