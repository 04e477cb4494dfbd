import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { newPerson, setRole, signUp } from "./accounts";
import { choiceOption } from "./choice-option";
import { snapshot } from "./content-lookup";

// The exam-grade runner, its result page and the assign form (issues 21 and 22).
const questions = new Map(snapshot().questions.map((q) => [q.id, q]));

/** Emulates switching tabs: the page reports itself hidden (or visible again) and says so. */
const setVisibility = (page: Page, state: "hidden" | "visible") =>
  page.evaluate((s) => {
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => s });
    Object.defineProperty(document, "hidden", { configurable: true, get: () => s === "hidden" });
    document.dispatchEvent(new Event("visibilitychange"));
  }, state);

async function noAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`)).toEqual([]);
}

/** A custom quiz of `count` questions of one type, from the quiz builder. */
async function startCustomQuiz(
  page: Page,
  { type, count, mode, minutes }: { type: string; count: number; mode: "Exam" | "Practice"; minutes?: number },
) {
  await page.goto("/quizzes");
  await page.getByRole("group", { name: "Question types" }).getByRole("checkbox", { name: type }).check();
  await page.getByRole("spinbutton", { name: "Number of questions" }).fill(String(count));
  if (minutes) await page.getByRole("spinbutton", { name: "Time limit in minutes" }).fill(String(minutes));
  await page.getByRole("radio", { name: new RegExp(`^${mode}`) }).check();
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page).toHaveURL(/\/attempts\/[0-9a-f-]{36}$/);
}

const onScreen = async (page: Page) =>
  questions.get((await page.locator("section[data-question-id]").getAttribute("data-question-id"))!)!;

/** The text a block of rendered HTML shows (maths included, as the page renders it). */
const textOf = (page: Page, html: string) =>
  page.evaluate((h) => {
    const div = document.createElement("div");
    div.innerHTML = h;
    return (div.textContent ?? "").replace(/\s+/g, " ").trim();
  }, html);

test("an exam asks before handing in with questions unanswered; navigator, flags and Mistakes only work", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await startCustomQuiz(page, { type: "True or false", count: 3, mode: "Exam" });
  const navigator = page.getByRole("navigation", { name: "Questions" });
  await expect(navigator.getByRole("button", { name: "Question 1, unanswered", exact: true })).toHaveAttribute(
    "aria-current",
    "step",
  );
  // Issue 22: the runner sits in the same centred column as review.
  const main = (await page.locator("main").boundingBox())!;
  const column = (await page.locator("main > div").first().boundingBox())!;
  expect(Math.abs(column.x - main.x - (main.x + main.width - column.x - column.width))).toBeLessThan(2);

  // An exam has one "Next" that saves: no separate "Submit answer".
  await expect(page.getByRole("button", { name: "Submit answer" })).toHaveCount(0);
  const first = await onScreen(page);
  await page.getByRole("radio", { name: first.langs.en!.booleanAnswer ? "True" : "False" }).check();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("Question 2 of 3")).toBeVisible();
  await expect(navigator.getByRole("button", { name: "Question 1, answered", exact: true })).toBeVisible();

  const flag = page.getByRole("button", { name: "Flag for later" });
  await flag.click();
  await expect(flag).toHaveAttribute("aria-pressed", "true");
  await expect(navigator.getByRole("button", { name: "Question 2, unanswered, flagged" })).toBeVisible();
  await page.reload();
  await expect(navigator.getByRole("button", { name: "Question 2, unanswered, flagged" })).toBeVisible();

  // "Finish quiz" asks first; "Keep answering" (focused) keeps the learner in, with focus back on the button.
  const finish = page.getByRole("button", { name: "Finish quiz" });
  await finish.click();
  const dialog = page.getByRole("dialog", { name: "Hand in the quiz?" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("2 questions unanswered — hand in anyway?");
  await expect(dialog.getByRole("button", { name: "Keep answering" })).toBeFocused();
  await noAxeViolations(page);
  await dialog.getByRole("button", { name: "Keep answering" }).click();
  await expect(dialog).toBeHidden();
  await expect(finish).toBeFocused();
  await expect(page).toHaveURL(/\/attempts\/[0-9a-f-]{36}$/);
  // Escape is a "no" too.
  await finish.click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/attempts\/[0-9a-f-]{36}$/);

  // The navigator jumps straight to a question; then the learner hands in anyway.
  await navigator.getByRole("button", { name: "Question 3, unanswered", exact: true }).click();
  await expect(page.getByText("Question 3 of 3")).toBeVisible();
  await finish.click();
  await dialog.getByRole("button", { name: "Hand in anyway" }).click();
  await expect(page).toHaveURL(/\/result$/);
  await expect(page.getByText("1 of 3 answered")).toBeVisible();
  await expect(page.getByText("Handed in automatically when time ran out.")).toHaveCount(0);
  const resultColumn = (await page.locator("main > div").first().boundingBox())!;
  expect(Math.abs(resultColumn.x - main.x - (main.x + main.width - resultColumn.x - resultColumn.width))).toBeLessThan(
    2,
  );

  // Mistakes only: the two unanswered questions stay, the right one goes.
  const list = page
    .getByRole("region", { name: "Questions" })
    .getByRole("listitem")
    .filter({
      has: page.getByRole("heading", { level: 3 }),
    });
  await expect(list).toHaveCount(3);
  const toggle = page.getByRole("button", { name: "Mistakes only" });
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByText("Showing 2 of 3 questions.")).toBeVisible();
  await expect(list.filter({ visible: true })).toHaveCount(2);
  await expect(page.locator('li[data-mistake="false"]')).toBeHidden();
  await noAxeViolations(page);
  await toggle.click();
  await expect(list.filter({ visible: true })).toHaveCount(3);
  await expect(page.getByRole("button", { name: "Add missed questions to my review queue" })).toBeVisible();
});

test("the right answer lists only the right options; a wrong pick is explained under Your answer", async ({ page }) => {
  await startCustomQuiz(page, { type: "Single choice", count: 1, mode: "Practice" });
  const q = await onScreen(page);
  const options = q.langs.en!.options!;
  const right = options.find((o) => o.correct)!;
  const wrong = options.find((o) => !o.correct && o.explanationHtml)!;
  const section = page.locator("section[data-question-id]");
  await (await choiceOption(section, "radio", wrong.text)).check();
  await page.getByRole("button", { name: "Submit answer" }).click();
  const why = await textOf(page, wrong.explanationHtml!);

  const check = async (level: 3 | 4) => {
    // The innermost section and list items: the result page nests the answer key inside the question list.
    const key = page
      .locator("section:not(:has(section))")
      .filter({ has: page.getByRole("heading", { level, name: "Right answer" }) });
    await expect(key.getByRole("listitem")).toHaveCount(1);
    await expect(key.getByRole("listitem")).toContainText("Correct");
    await expect(key.getByRole("listitem")).toContainText(await textOf(page, right.html));
    await expect(key).not.toContainText(why);
    const mine = page.locator("li:not(:has(li))").filter({ hasText: "Incorrect" });
    await expect(mine).toHaveCount(1);
    await expect(mine).toContainText(await textOf(page, wrong.html));
    await expect(mine).toContainText(why);
  };
  await check(3);
  await page.getByRole("button", { name: "Finish quiz" }).click();
  await expect(page).toHaveURL(/\/result$/);
  await check(4);
  await page.getByRole("button", { name: "Mistakes only" }).click();
  await expect(page.getByText("Showing 1 of 1 question.")).toBeVisible();
});

test("a hidden tab does not pause a timed exam's clock", async ({ page }) => {
  await page.clock.install();
  await startCustomQuiz(page, { type: "True or false", count: 2, mode: "Exam", minutes: 5 });
  const timer = page.getByRole("timer", { name: "Time left" });
  await expect(timer).toContainText(/(5:00|4:5\d)$/);

  // The learner switches to another tab for two minutes.
  await setVisibility(page, "hidden");
  await page.clock.runFor(120_000);
  await expect(timer).toContainText(/(3:00|2:[45]\d)$/);
  await setVisibility(page, "visible");
  // Two minutes went by while hidden: they are gone from the clock (a paused clock would still show 4:5x).
  await expect(timer).toContainText(/(3:00|2:[45]\d)$/);
});

test("an exam left in a hidden tab is handed in when its time runs out, and the result says so", async ({ page }) => {
  // On the real clock: the server checks the time used against its own clock, so a faked one would not convince it.
  test.setTimeout(150_000);
  await startCustomQuiz(page, { type: "True or false", count: 2, mode: "Exam", minutes: 1 });
  await expect(page.getByRole("timer", { name: "Time left" })).toBeVisible();
  await setVisibility(page, "hidden");
  await expect(page).toHaveURL(/\/result$/, { timeout: 100_000 });
  await expect(page.getByText("Handed in automatically when time ran out.")).toBeVisible();
  await expect(page.getByText("0 of 2 answered")).toBeVisible();
});

test("assigning with empty dates keeps the form and says what to fix, field by field", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-US", timezoneId: "Asia/Shanghai" });
  const page = await context.newPage();
  const teacher = newPerson("Teacher");
  await signUp(page, teacher, "/classes");
  setRole(teacher.email, "instructor");
  await page.reload();
  await page.getByLabel("Class name").fill(`Dates class ${teacher.name.split(" ")[1]}`);
  await page.getByRole("button", { name: "Create class" }).click();
  await page.getByRole("link", { name: "Assign quiz" }).click();

  // Defaults: opens now, due a week later at the same time, in the browser's zone.
  const opens = page.getByLabel("Opens", { exact: true });
  const due = page.getByLabel("Due", { exact: true });
  const zone = page.getByRole("combobox", { name: "Time zone" });
  await expect(zone).toHaveValue("Asia/Shanghai");
  await expect(opens).toHaveValue(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
  const opensValue = await opens.inputValue();
  const weekLater = new Date(`${opensValue}:00Z`);
  weekLater.setUTCDate(weekLater.getUTCDate() + 7);
  await expect(due).toHaveValue(weekLater.toISOString().slice(0, 16));

  // Empty dates and an unknown zone: each field says what is wrong; nothing typed is lost.
  await page.getByLabel("Title").fill("Week 2 drill");
  await opens.fill("");
  await due.fill("");
  await zone.fill("Mars/Base");
  await page.getByRole("button", { name: "Assign quiz" }).click();
  await expect(page.getByText("Enter the date and time the assignment opens.")).toBeVisible();
  await expect(page.getByText("Enter the due date and time.")).toBeVisible();
  await expect(page.getByText("Enter a time zone such as Europe/Berlin or Asia/Shanghai.")).toBeVisible();
  await expect(opens).toHaveAttribute("aria-invalid", "true");
  // The summary above the form takes focus and links to each refused field.
  const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: /Please correct/ }) });
  await expect(summary).toBeFocused();
  await summary.getByRole("link", { name: "Opens" }).click();
  await expect(opens).toBeFocused();
  await expect(page.getByLabel("Title")).toHaveValue("Week 2 drill");
  await expect(zone).toHaveValue("Mars/Base");
  await expect(page).toHaveURL(/\/assign$/);

  // A due date before the opening is its own message; fixed, the quiz is assigned.
  await zone.fill("Asia/Shanghai");
  await opens.fill("2031-03-10T09:00");
  await due.fill("2031-03-09T09:00");
  await page.getByRole("button", { name: "Assign quiz" }).click();
  await expect(page.getByText("The due date must be after the opening time.")).toBeVisible();
  await expect(page.getByText("Enter the date and time the assignment opens.")).toHaveCount(0);
  await due.fill("2031-03-17T09:00");
  await page.getByRole("button", { name: "Assign quiz" }).click();
  await expect(page.getByRole("link", { name: "Week 2 drill", exact: true })).toBeVisible();
  await context.close();
});
