import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./accounts";

const messages = (file: string) => JSON.parse(readFileSync(`lib/i18n/messages/${file}`, "utf8"));
const scheduleEn = messages("schedule.en.json") as typeof import("@/lib/i18n/messages/schedule.en.json");
const scheduleZh = messages("schedule.zh.json") as typeof import("@/lib/i18n/messages/schedule.en.json");
const studyEn = messages("study.en.json") as typeof import("@/lib/i18n/messages/study.en.json");
const studyZh = messages("study.zh.json") as typeof import("@/lib/i18n/messages/study.en.json");

const LANGS = [
  { lang: "en", locale: "en-US", prefix: "", plan: scheduleEn.schedule.plan, review: studyEn.review },
  { lang: "zh", locale: "zh-CN", prefix: "/zh", plan: scheduleZh.schedule.plan, review: studyZh.review },
] as const;

/** A date `days` ahead, YYYY-MM-DD in UTC (a new visitor's study day is UTC's until their first rating). */
const ahead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const cardsLeft = async (page: Page) => Number(await page.getByTestId("plan-left").first().textContent());

for (const { lang, locale, prefix, plan, review } of LANGS) {
  test(`${lang}: set an interview date on the dashboard, see the plan, review a card, see the counts move`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto(`${prefix}/dashboard`);
    const section = page.getByRole("region", { name: plan.heading });
    await expect(section.getByText(plan.none)).toBeVisible();
    await section.getByLabel(plan.date).fill(ahead(14));
    await section.getByRole("button", { name: plan.save }).click();
    const card = section.getByTestId("interview-plan");
    await expect(card).toBeVisible();
    const left = await cardsLeft(page);
    expect(left).toBeGreaterThan(0);
    await expect(card.getByTestId("plan-per-day")).toHaveText(/^\d+$/);
    await expect(card.getByTestId("plan-retention")).toHaveText(/\d+\s?%/);
    // The whole curriculum in 11 days does not fit 20 new cards a day: the plan says what it needs and what is seen.
    await expect(card.getByTestId("plan-verdict")).toBeVisible();

    await page.goto(`${prefix}/review`);
    await expect(page.getByText(review.keyboard)).toBeVisible();
    await expect(page.getByTestId("review-plan")).toContainText(ahead(14));
    await expect(page.getByTestId("review-plan")).toContainText(new RegExp(`\\b${left}\\b`));
    await page.getByRole("button", { name: review.showAnswer }).click();
    await page.getByRole("button", { name: review.good, exact: true }).click();
    await expect(page.getByTestId("sync-status")).toHaveText(review.syncAllSaved);
    await expect(page.getByTestId("review-plan")).toContainText(new RegExp(`\\b${left - 1}\\b`));

    await page.goto(`${prefix}/dashboard`);
    await expect(page.getByTestId("plan-left").first()).toHaveText(String(left - 1));
    // A later date recomputes the plan: fewer new cards a day.
    const perDay = Number(await page.getByTestId("plan-per-day").first().textContent());
    await page.getByRole("button", { name: plan.remove.replace("{date}", ahead(14)) }).click();
    await expect(page.getByTestId("interview-plan")).toHaveCount(0);
    await section.getByLabel(plan.date).fill(ahead(40));
    await section.getByRole("button", { name: plan.save }).click();
    await expect(page.getByTestId("plan-per-day").first()).not.toHaveText(String(perDay));
    expect(Number(await page.getByTestId("plan-per-day").first().textContent())).toBeLessThan(perDay);
    await context.close();
  });
}

test.describe("personal FSRS parameters", () => {
  test.beforeAll(() => {
    // Lin's weeks of reviews (demo:seed) in the journeys' database: more than the 200 ratings a fit needs.
    execFileSync("node_modules/.bin/tsx", ["lib/cli/demo-seed.ts"], {
      env: { ...process.env, DATABASE_URL: "file:./data/e2e.db", NODE_ENV: "development" },
      stdio: "ignore",
    });
  });

  test("optimise from Settings on the demo data, see log-loss and RMSE before and after, and revert", async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await signIn(page, { email: "lin@demo.goldmine.local", password: "goldmine-demo-2026" }, "/settings");
    const fsrs = page.getByRole("region", { name: scheduleEn.schedule.fsrs.heading });
    await fsrs.getByRole("button", { name: scheduleEn.schedule.fsrs.optimise }).click();
    await expect(fsrs.getByRole("status")).toHaveText(scheduleEn.schedule.fsrs.started);
    await expect(async () => {
      await page.reload();
      await expect(page.getByTestId("fsrs-status")).toHaveText(scheduleEn.schedule.fsrs.personal, { timeout: 1000 });
    }).toPass({ timeout: 60_000 });
    const table = fsrs.getByRole("table");
    await expect(table.getByRole("row", { name: /Log-loss/ })).toBeVisible();
    await expect(table.getByRole("row", { name: /RMSE/ })).toBeVisible();
    await fsrs.getByRole("button", { name: scheduleEn.schedule.fsrs.revert }).click();
    await expect(page.getByTestId("fsrs-status")).toHaveText(scheduleEn.schedule.fsrs.defaults);
  });
});
