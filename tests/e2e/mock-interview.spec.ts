import { expect, test } from "@playwright/test";
import { msg, usePreferences, type UiLang } from "./page-types";
import { answerAndGoOn, escapeRegExp, handInAnswer, mockTopics, startMockRound } from "./mock-round";

for (const lang of ["en", "zh"] as const satisfies UiLang[]) {
  test(`in ${lang === "en" ? "English" : "Chinese"}, a mock interview of three questions ends in a report that the dashboard lists`, async ({
    page,
    context,
    baseURL,
  }) => {
    await usePreferences(context, baseURL!, { lang });
    await startMockRound(page, lang);
    await expect(
      page.getByText(msg(lang, "mock.runner.progress").replace("{n}", "1").replace("{total}", "3")),
    ).toBeVisible();
    await answerAndGoOn(page, lang, "First answer: queries, keys and values.", false);

    // A reload in the middle of an answer loses nothing: the text is restored and the round is on question 2.
    const box = page.getByLabel(msg(lang, "mock.runner.yourAnswer"));
    await box.fill("Second answer, typed before a reload.");
    await page.reload();
    await expect(
      page.getByText(msg(lang, "mock.runner.progress").replace("{n}", "2").replace("{total}", "3")),
    ).toBeVisible();
    await expect(box).toHaveValue("Second answer, typed before a reload.");
    await page.getByRole("button", { name: msg(lang, "mock.runner.handIn") }).click();
    await expect(
      page
        .getByRole("heading", { name: msg(lang, "mock.runner.modelAnswer") })
        .or(page.getByRole("heading", { name: msg(lang, "mock.runner.solution") }))
        .first(),
    ).toBeVisible();
    await page.getByRole("button", { name: msg(lang, "mock.runner.next") }).click();
    await expect(
      page.getByText(msg(lang, "mock.runner.progress").replace("{n}", "3").replace("{total}", "3")),
    ).toBeVisible();
    await answerAndGoOn(page, lang, "Third answer.", true);

    // The report: every question with the answer given and its points marked covered or missed.
    await expect(page.getByRole("heading", { level: 1, name: msg(lang, "mock.report.title") })).toBeVisible();
    const questions = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) });
    await expect(questions).toHaveCount(3);
    await expect(page.getByText("Second answer, typed before a reload.")).toBeVisible();
    await expect(page.locator('[data-verdict="covered"]')).toHaveCount(2);
    const reportUrl = page.url();

    await page.getByRole("button", { name: msg(lang, "mock.report.addMissed") }).click();
    await expect(page.getByRole("link", { name: msg(lang, "mock.report.goReview") })).toBeVisible();

    // Kept and listed on the dashboard, linking back to the same report.
    await page.goto("/dashboard");
    const section = page.getByRole("region", { name: msg(lang, "mock.history.title") });
    await expect(section.getByRole("row")).toHaveCount(2);
    await expect(section.getByRole("cell").nth(1)).toHaveText("3");
    await section.getByRole("link").first().click();
    await expect(page).toHaveURL(reportUrl);
  });
}

test("someone else's mock interview, or one that does not exist, is not found", async ({ page, browser }) => {
  await startMockRound(page, "en");
  const runner = new URL(page.url()).pathname;
  const stranger = await browser.newContext({ locale: "en-US", serviceWorkers: "block" });
  const theirs = await stranger.newPage();
  for (const path of [runner, `${runner}/report`, "/mock/00000000-0000-4000-8000-000000000000"])
    expect((await theirs.goto(path))?.status(), path).toBe(404);
  await stranger.close();
});

test("the setup names the field to fix: no topic picked, or fewer questions than the length", async ({ page }) => {
  await page.goto("/mock");
  const start = page.getByRole("button", { name: "Start the mock interview" });
  await start.click();
  await expect(page.getByText("Pick at least one topic.")).toBeVisible();
  const small = mockTopics().find((t) => t.count < 10)!;
  await page.getByRole("checkbox", { name: new RegExp(`^${escapeRegExp(small.topic.name.en)}`) }).check();
  await page.getByLabel("Length").selectOption("10");
  await start.click();
  await expect(page.getByLabel("Length")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText(/fewer questions with key points than the length/)).toBeVisible();
  await expect(page).toHaveURL(/\/mock$/);
});

test("an enforced time limit hands the answer in when it runs out", async ({ page }) => {
  await page.clock.install();
  const topic = mockTopics()[0]!.topic;
  await page.goto("/mock");
  await page.getByRole("checkbox", { name: new RegExp(`^${escapeRegExp(topic.name.en)}`) }).check();
  await page.getByLabel("Time per question").selectOption({ label: "2 minutes" });
  await page.getByLabel("Hand my answer in when the time runs out").check();
  await page.getByRole("button", { name: "Start the mock interview" }).click();
  // Counting down from two minutes since the round started (a busy machine may take seconds to show it).
  await expect(page.getByRole("timer", { name: "Time left" })).toContainText(/\b(2:00|1:[0-5]\d)\b/);
  await page.getByLabel("Your answer").fill("Half an answer");
  await page.clock.fastForward("02:05");
  await expect(page.getByText("Time is up: your answer was handed in.")).toBeVisible();
  await expect(page.getByLabel("Your answer")).toHaveAttribute("readonly", "");
  await expect(page.getByRole("group", { name: "Key points" })).toBeVisible();
});

test("a handed-in answer keeps its ticks across a reload", async ({ page }) => {
  await startMockRound(page, "en");
  const checklist = await handInAnswer(page, "en", "An answer.");
  await page.reload();
  await expect(checklist.getByRole("checkbox").first()).toBeChecked();
  await expect(page.getByLabel("Your answer")).toHaveValue("An answer.");
  // Left under way, the round is offered on the dashboard, and carrying on comes back to the same question.
  const runner = page.url();
  await page.goto("/dashboard");
  await expect(page.getByText(/A mock interview on .* is under way: 0 of 3 answered\./)).toBeVisible();
  await page.getByRole("link", { name: "Carry on" }).click();
  await expect(page).toHaveURL(runner);
  await expect(page.getByText("Question 1 of 3")).toBeVisible();
});
