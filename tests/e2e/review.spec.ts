import { expect, test, type Page } from "@playwright/test";
import { tagStartingWith } from "./review-scopes";
import { openReview } from "./review-ready";

const dueCount = async (page: Page) =>
  Number(/\d+/.exec((await page.getByTestId("due-count").textContent()) ?? "")?.[0] ?? 0);

test("reviewing five cards with the keyboard only makes the due count fall, and Z takes the last rating back", async ({
  page,
}) => {
  await openReview(page);
  const before = await dueCount(page);
  expect(before).toBeGreaterThanOrEqual(5);
  for (let i = 1; i <= 5; i++) {
    const title = await page.getByRole("heading", { level: 2 }).textContent();
    await page.keyboard.press("Space");
    const easy = page.getByRole("button", { name: "Easy", exact: true });
    await expect(easy).toBeVisible();
    for (const name of ["Again", "Hard", "Good"])
      await expect(page.getByRole("button", { name, exact: true })).toBeVisible();
    // Each button says what it would do: Easy on a new card schedules it days ahead.
    await expect(easy).toHaveAccessibleDescription(/next review in \d+(\.\d)?(d|mo|y)/);
    await page.keyboard.press("4");
    await expect(page.getByTestId("due-count")).toHaveText(new RegExp(`^${before - i} cards? due today`));
    await expect(page.getByRole("heading", { level: 2 })).not.toHaveText(title ?? "");
  }
  await page.keyboard.press("z");
  await expect(page.getByTestId("due-count")).toHaveText(new RegExp(`^${before - 4} cards due today`));
  await expect(page.getByRole("button", { name: "Undo" })).toBeVisible();

  // Saved on the server: once the page says so, a reload shows the same count, and the home page agrees.
  await expect(page.getByTestId("sync-status")).toHaveText("All saved");
  await page.reload();
  await expect(page.getByTestId("due-count")).toHaveText(new RegExp(`^${before - 4} cards due today`));
  await page.goto("/");
  await expect(page.getByRole("heading", { name: `${before - 4} cards due today` })).toBeVisible();
});

test("a second browser keeps its own progress", async ({ page, browser }) => {
  await openReview(page);
  const before = await dueCount(page);
  await page.getByRole("button", { name: "Show answer" }).click();
  await page.getByRole("button", { name: "Easy", exact: true }).click();
  await expect(page.getByTestId("due-count")).toHaveText(new RegExp(`^${before - 1} cards? due today`));

  const other = await browser.newContext({ locale: "en-US" });
  const stranger = await other.newPage();
  await stranger.goto("/review");
  await expect(stranger.getByTestId("due-count")).toHaveText(new RegExp(`^${before} cards due today`));
  await expect(stranger.getByRole("button", { name: "Undo" })).toBeHidden();
  await other.close();
});

test("a cloze card asks one blank and checks the typed answer", async ({ page }) => {
  const { tag, question } = tagStartingWith((q) => q.type === "cloze");
  const blank = question.langs.en!.clozes!.find(
    (c) => c.index === Math.min(...question.langs.en!.clozes!.map((x) => x.index)),
  )!;
  await page.goto(`/review?tag=${tag}`);
  await expect(page.getByText("Blank " + blank.index, { exact: true })).toBeVisible();
  const input = page.getByRole("textbox", { name: "Type the missing word or phrase" });
  await input.fill(`  ${blank.answers[0]!.toUpperCase()} `);
  await input.press("Enter");
  await expect(page.getByText(/You were right\./)).toBeVisible();
  await expect(page.getByRole("button", { name: "Good", exact: true })).toBeFocused();
});

test("a choice card lets the learner pick first, then shows whether they were right", async ({ page }) => {
  const { tag, question } = tagStartingWith((q) => q.type === "single");
  const wrong = question.langs.en!.options!.findIndex((o) => !o.correct);
  await page.goto(`/review?tag=${tag}`);
  await page.getByRole("radio").nth(wrong).check();
  await page.getByRole("button", { name: "Show answer" }).click();
  await expect(page.getByText("Not quite.")).toBeVisible();
  await expect(page.getByText("(your pick)")).toBeVisible();
});

test("a scope that names nothing says so, with a way to review everything", async ({ page }) => {
  await page.goto("/review?topic=no-such-topic");
  await expect(
    page.getByText("There is nothing to review here: the topic, bank, tag or article does not exist."),
  ).toBeVisible();
  await page.getByRole("link", { name: "Review everything" }).click();
  await expect(page).toHaveURL(/\/en\/review$/);
  await expect(page.getByTestId("due-count")).toBeVisible();
});

test("study settings: a bad value is refused with a field message, a good one changes the daily new-card limit", async ({
  page,
}) => {
  await page.goto("/settings");
  const limit = page.getByLabel("New cards per day");
  await limit.fill("-3");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Enter a whole number from 0 to 500.")).toBeVisible();
  await expect(limit).toHaveAttribute("aria-invalid", "true");
  await expect(limit).toHaveValue("-3");
  await limit.fill("7");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  await page.goto("/review");
  await expect(page.getByTestId("due-count")).toHaveText(/^7 cards due today/);
});
