import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { expect, type BrowserContext, type Page } from "@playwright/test";
import { findQuestion, snapshot } from "./content-lookup";
import { answerAndGoOn, handInAnswer, startMockRound } from "./mock-round";

export type UiLang = "zh" | "en";

/** The UI strings of one language, merged from every area file, so journeys find controls by name in both. */
function messages(lang: UiLang): Record<string, unknown> {
  const dir = "lib/i18n/messages";
  const files = readdirSync(dir).filter((f) => f === `${lang}.json` || f.endsWith(`.${lang}.json`));
  return Object.assign({}, ...files.map((f) => JSON.parse(readFileSync(`${dir}/${f}`, "utf8")) as object));
}

export function msg(lang: UiLang, key: string): string {
  const value = key
    .split(".")
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages(lang));
  if (typeof value !== "string") throw new Error(`no message ${key} in ${lang}`);
  return value;
}

/** Chooses the UI language and theme the way a returning visitor has them: by their cookies. */
export async function usePreferences(
  context: BrowserContext,
  baseURL: string,
  prefs: { lang: UiLang; theme?: "light" | "dark" | "system" },
) {
  await context.addCookies([
    { name: "NEXT_LOCALE", value: prefs.lang, url: baseURL },
    { name: "theme", value: prefs.theme ?? "system", url: baseURL },
  ]);
}

type PageType = { name: string; open: (page: Page, lang: UiLang) => Promise<void> };

const goto = (url: string) => async (page: Page) => void (await page.goto(url));

/**
 * Every kind of page, each brought into its fullest state (answers revealed, a quiz under way). Accessibility and
 * small-screen checks run over this list, so a new page type is added here once.
 */
export function pageTypes(): PageType[] {
  const s = snapshot();
  const timedSet = s.quizzes.find((q) => q.timeLimitMinutes && q.questions)!;
  const startQuiz = async (page: Page, lang: UiLang) => {
    await page.goto(`/quizzes/${timedSet.slug}`);
    await page.getByRole("button", { name: msg(lang, "quiz.start.start") }).click();
    await expect(page.getByRole("timer", { name: msg(lang, "quiz.runner.timer") })).toBeVisible();
  };
  return [
    { name: "home", open: goto("/") },
    { name: "topic", open: goto(`/topics/${s.topics[0]!.id}`) },
    {
      name: "question (answer shown)",
      open: async (page, lang) => {
        await page.goto(`/questions/${findQuestion((q) => q.type === "single").id}`);
        // Practised: an option picked before the answer is shown, so the pick's verdict is scanned too.
        await page.getByRole("radio").first().check();
        await page.getByRole("button", { name: msg(lang, "question.showAnswer") }).click();
        await expect(page.getByRole("button", { name: msg(lang, "question.hideAnswer") })).toBeVisible();
      },
    },
    { name: "article", open: goto(`/articles/${s.articles.find((a) => a.langs.en?.features.mermaid)!.slug}`) },
    {
      name: "review (answer shown)",
      open: async (page, lang) => {
        await page.goto("/review");
        await page.getByRole("button", { name: msg(lang, "review.showAnswer") }).click();
        await expect(page.getByRole("button", { name: msg(lang, "review.good"), exact: true })).toBeVisible();
      },
    },
    {
      name: "my mistakes (empty)",
      open: async (page, lang) => {
        await page.goto("/review?deck=mistakes");
        await expect(page.getByRole("heading", { name: msg(lang, "mistakes.empty") })).toBeVisible();
      },
    },
    {
      name: "my mistakes (a card rated Again, answer shown)",
      open: async (page, lang) => {
        await page.goto("/review");
        await page.getByRole("button", { name: msg(lang, "review.showAnswer") }).click();
        await page.getByRole("button", { name: msg(lang, "review.again"), exact: true }).click();
        await expect(page.getByTestId("sync-status")).toHaveText(msg(lang, "review.syncAllSaved"));
        await page.goto("/review?deck=mistakes");
        await expect(page.getByText(msg(lang, "mistakes.fromAgain"), { exact: true })).toBeVisible();
        await page.getByRole("button", { name: msg(lang, "review.showAnswer") }).click();
        await expect(page.getByRole("button", { name: msg(lang, "review.good"), exact: true })).toBeVisible();
      },
    },
    { name: "settings", open: goto("/settings") },
    { name: "quizzes", open: goto("/quizzes") },
    { name: "quiz set", open: goto(`/quizzes/${timedSet.slug}`) },
    { name: "attempt runner", open: startQuiz },
    {
      name: "attempt result",
      open: async (page, lang) => {
        await startQuiz(page, lang);
        await page.getByRole("button", { name: msg(lang, "quiz.runner.finish") }).click();
        // Every question is unanswered, so the runner asks before handing in.
        await page.getByRole("button", { name: msg(lang, "quiz.runner.handInAnyway") }).click();
        await expect(page).toHaveURL(/\/result$/);
      },
    },
    { name: "mock interview setup", open: goto("/mock") },
    {
      name: "mock interview (key points shown)",
      open: async (page, lang) => {
        await startMockRound(page, lang);
        await handInAnswer(page, lang, "x");
        // A model answer with code is scanned after it appears: wait until its blocks are decorated.
        const blocks = await page.locator("pre:has(> code)").count();
        if (blocks > 0) await expect(page.locator("pre[data-copyable]")).toHaveCount(blocks);
      },
    },
    {
      name: "mock interview report",
      open: async (page, lang) => {
        await startMockRound(page, lang);
        for (const last of [false, false, true]) await answerAndGoOn(page, lang, "x", last);
      },
    },
    { name: "not found", open: goto("/questions/no-such-question") },
    { name: "dashboard (before any study)", open: goto("/dashboard") },
    { name: "search with results", open: goto("/search?q=attention") },
    { name: "sign in", open: goto("/sign-in") },
    { name: "about", open: goto("/about") },
    { name: "privacy", open: goto("/privacy") },
    { name: "contact", open: goto("/contact") },
    {
      name: "settings (field errors shown)",
      open: async (page, lang) => {
        await page.goto("/settings");
        await page.getByRole("spinbutton", { name: msg(lang, "settings.dailyNewLimit") }).fill("900");
        await page.getByRole("button", { name: msg(lang, "settings.save") }).click();
        await expect(page.getByRole("heading", { name: msg(lang, "settings.errorSummary") })).toBeVisible();
      },
    },
    {
      name: "search (second page shown)",
      open: async (page, lang) => {
        await page.goto("/search?q=attention");
        const items = page.getByRole("list", { name: msg(lang, "search.resultsLabel") }).getByRole("listitem");
        await expect(items).toHaveCount(20);
        await page.getByRole("button", { name: msg(lang, "search.showMore").replace("{count}", "20") }).click();
        await expect(items).toHaveCount(40);
      },
    },
    {
      name: "sign up (field errors shown)",
      open: async (page, lang) => {
        await page.goto("/sign-up");
        await page.getByRole("button", { name: msg(lang, "auth.signUp.submit") }).click();
        await expect(page.getByText(msg(lang, "auth.errors.nameRequired"))).toBeVisible();
      },
    },
    {
      name: "forgot password (answer shown)",
      open: async (page, lang) => {
        await page.goto("/forgot-password");
        // An address no account uses: the same answer, and no mail is sent.
        await page.getByLabel(msg(lang, "auth.fields.email")).fill(`nobody-${randomUUID()}@example.com`);
        await page.getByRole("button", { name: msg(lang, "auth.forgot.submit") }).click();
        await expect(page.getByRole("status").filter({ hasText: /\S/ })).toBeVisible();
      },
    },
    { name: "reset password (link no longer works)", open: goto("/reset-password?token=used-or-expired") },
    { name: "confirm new email", open: goto("/confirm-email?token=from-the-email") },
    { name: "classes (signed out)", open: goto("/classes") },
    {
      name: "offline (banner shown)",
      open: async (page, lang) => {
        await page.goto("/offline");
        await page.context().setOffline(true);
        await expect(page.getByRole("status")).toHaveText(msg(lang, "offline.banner"));
      },
    },
  ];
}
