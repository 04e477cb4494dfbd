import { expect, test, type Locator, type Page } from "@playwright/test";
import type { Question } from "@/lib/content/schemas/question";
import { choiceOption } from "./choice-option";
import { snapshot } from "./content-lookup";

const questions = new Map(snapshot().questions.map((q) => [q.id, q]));
const TYPE_NAMES = [
  "Open question",
  "Single choice",
  "Multiple choice",
  "True or false",
  "Fill in the blanks",
  "Coding",
];

/** The question on screen, looked up in the content by the id the runner marks it with. */
async function currentQuestion(page: Page): Promise<{ section: Locator; question: Question }> {
  const section = page.locator("section[data-question-id]");
  const id = await section.getAttribute("data-question-id");
  return { section, question: questions.get(id!)! };
}

/** Answers right, except a true/false question, which is answered wrong so that one question is missed. */
async function answer(section: Locator, q: Question) {
  const en = q.langs.en!;
  switch (q.type) {
    // Options are shuffled per attempt: pick them by their text, never by position.
    case "single":
      return (await choiceOption(section, "radio", en.options!.find((o) => o.correct)!.text)).check();
    case "multiple":
      for (const o of en.options!) if (o.correct) await (await choiceOption(section, "checkbox", o.text)).check();
      return;
    case "boolean":
      return section.getByRole("radio", { name: en.booleanAnswer ? "False" : "True" }).check();
    case "cloze":
      for (const [i, c] of en.clozes!.entries())
        await section
          .getByRole("textbox", { name: new RegExp(`^Blank ${i + 1}`) })
          .fill(`  ${c.answers[0]!.toUpperCase()} `);
      return;
    case "open":
      return section.getByRole("textbox", { name: "Your answer" }).fill("My own open answer");
    case "code":
      return section.getByRole("textbox", { name: "Your code" }).fill("def solve():\n    return 42");
  }
}

test("a custom quiz with every question type survives a reload, then shows the score and the explanations", async ({
  page,
  browser,
}) => {
  await page.goto("/quizzes");
  const types = page.getByRole("group", { name: "Question types" });
  for (const name of TYPE_NAMES) await types.getByRole("checkbox", { name }).check();
  await page.getByRole("spinbutton", { name: "Number of questions" }).fill("6");
  await page.getByRole("spinbutton", { name: "Time limit in minutes" }).fill("30");
  await page.getByRole("radio", { name: /^Exam/ }).check();
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page).toHaveURL(/\/attempts\/[0-9a-f-]{36}$/);
  const attemptUrl = page.url();
  await expect(page.getByRole("timer", { name: "Time left" })).toContainText(/^Time left: (30:00|29:\d\d)$/);

  const seen: Question[] = [];
  for (let n = 1; n <= 6; n++) {
    await expect(page.getByText(`Question ${n} of 6`)).toBeVisible();
    const { section, question } = await currentQuestion(page);
    seen.push(question);
    await answer(section, question);
    // An exam has no "Submit answer": "Next" (and "Finish quiz" on the last question) saves the answer.
    await expect(page.getByRole("button", { name: "Submit answer" })).toHaveCount(0);
    if (n === 3) {
      await page.getByRole("button", { name: "Next" }).click();
      await expect(page.getByText("Question 4 of 6")).toBeVisible();
      await page.waitForLoadState("networkidle");
      await page.reload();
      // Back where we were, with the earlier answers kept.
      await expect(page.getByText("Question 4 of 6")).toBeVisible();
      await expect(page.getByText("3 questions not answered yet.")).toBeVisible();
      await page.getByRole("button", { name: "Previous" }).click();
      await expect(page.getByText("Saved", { exact: true })).toBeVisible();
      const back = await currentQuestion(page);
      expect(back.question.id).toBe(question.id);
      await page.getByRole("button", { name: "Next" }).click();
      continue;
    }
    if (n < 6) await page.getByRole("button", { name: "Next" }).click();
  }
  expect(new Set(seen.map((q) => q.type)).size).toBe(6);

  await page.getByRole("button", { name: "Finish quiz" }).click();
  await expect(page).toHaveURL(/\/result$/);
  await expect(page.getByRole("heading", { level: 1, name: /^Result: Custom quiz/ })).toBeVisible();
  // Single, multiple and cloze right; true/false wrong; open and code wait for the learner's grade: 3 of 6.
  const score = page.getByRole("definition").first();
  await expect(score).toHaveText("50%");
  await expect(page.getByText("2 answers wait for your own grade")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Explanation" }).first()).toBeVisible();
  await expect(page.getByText("My own open answer")).toBeVisible();

  const open = page.getByRole("listitem").filter({
    has: page.getByRole("heading", {
      name: new RegExp(seen.find((q) => q.type === "open")!.langs.en!.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")),
    }),
  });
  await open.getByRole("button", { name: "Correct" }).click();
  await expect(open.getByText("Your grade: correct")).toBeVisible();
  await expect(score).toHaveText("66.7%");

  await page.getByRole("button", { name: "Add missed questions to my review queue" }).click();
  await expect(page.getByText("1 missed question added: 1 card is due for review now.")).toBeVisible();

  // Another visitor (another browser context) sees none of it.
  const stranger = await browser.newContext();
  const other = await stranger.newPage();
  expect((await other.goto(attemptUrl))?.status()).toBe(404);
  await expect(other.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await other.goto("/quizzes");
  await expect(other.getByRole("heading", { name: "Quiz sets" })).toBeVisible();
  await expect(other.getByRole("heading", { name: "Continue where you stopped" })).toHaveCount(0);
  await expect(other.getByRole("heading", { name: "Recent results" })).toHaveCount(0);
  await stranger.close();
});

test("practice mode from an article: feedback right after answering, then the learner grades an open answer", async ({
  page,
}) => {
  const s = snapshot();
  const article = s.articles.find((a) => questions.get(a.related[0]!)?.type === "open" && a.langs.en)!;
  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByRole("heading", { name: "Practise this topic" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Review as flashcards" })).toHaveAttribute(
    "href",
    `/en/review?article=${article.slug}`,
  );
  await page.getByRole("button", { name: "Quiz me on this article" }).click();
  await expect(page).toHaveURL(/\/attempts\//);
  await expect(page.getByRole("heading", { level: 1, name: `Quiz: ${article.langs.en!.title}` })).toBeVisible();

  const { section, question } = await currentQuestion(page);
  expect(question.id).toBe(article.related[0]);
  await section.getByRole("textbox", { name: "Your answer" }).fill("Attention, then a feed-forward layer.");
  await page.getByRole("button", { name: "Submit answer" }).click();
  await expect(page.getByRole("heading", { name: "Model answer" })).toBeVisible();
  await expect(section.getByRole("textbox", { name: "Your answer" })).toBeDisabled();
  await page.getByRole("button", { name: "Partly" }).click();
  await expect(page.getByText("Your grade: partly right")).toBeVisible();
  await expect(page.getByRole("button", { name: "Partly" })).toHaveAttribute("aria-pressed", "true");

  // Reloading keeps the feedback and the grade: practice answers are final once shown.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Model answer" })).toBeVisible();
  await expect(page.getByText("Your grade: partly right")).toBeVisible();
  await expect(page.getByRole("button", { name: "Submit answer" })).toHaveCount(0);
});

test("an unknown quiz set and an unknown attempt are friendly 404s", async ({ page }) => {
  expect((await page.goto("/quizzes/no-such-quiz"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  expect((await page.goto("/attempts/00000000-0000-4000-8000-000000000000"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("the countdown hands the quiz in when the time is up", async ({ page }) => {
  await page.clock.install();
  await page.goto("/quizzes");
  await page.getByRole("group", { name: "Question types" }).getByRole("checkbox", { name: "True or false" }).check();
  await page.getByRole("spinbutton", { name: "Number of questions" }).fill("2");
  await page.getByRole("spinbutton", { name: "Time limit in minutes" }).fill("1");
  await page.getByRole("button", { name: "Start quiz" }).click();
  const timer = page.getByRole("timer", { name: "Time left" });
  await expect(timer).toContainText("1:00");
  await page.getByRole("radio", { name: "True" }).check();
  await page.getByRole("button", { name: "Submit answer" }).click();
  await expect(page.getByRole("heading", { name: "Right answer" })).toBeVisible();
  await page.clock.runFor(45_000);
  // The installed clock also keeps flowing in real time, so a slow (shared, loaded) machine may already show a few
  // seconds less.
  await expect(timer).toContainText(/0:1[0-5]/);
  await page.clock.runFor(16_000);
  await expect(page).toHaveURL(/\/result$/);
  await expect(page.getByText("1 of 2 answered")).toBeVisible();
});

test("exam answers are never lost: moving on saves them, and text not yet submitted survives a reload", async ({
  page,
}) => {
  await page.goto("/quizzes");
  await page.getByRole("group", { name: "Question types" }).getByRole("checkbox", { name: "Open question" }).check();
  await page.getByRole("spinbutton", { name: "Number of questions" }).fill("2");
  await page.getByRole("radio", { name: /^Exam/ }).check();
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page.getByText("Question 1 of 2")).toBeVisible();

  const box = page.getByRole("textbox", { name: "Your answer" });
  await box.fill("Typed, then moved on without submitting");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("Question 2 of 2")).toBeVisible();
  await expect(page.getByText("1 question not answered yet.")).toBeVisible();

  await box.fill("Typed, never submitted, then the tab reloaded");
  await page.reload();
  await expect(page.getByText("Question 2 of 2")).toBeVisible();
  await expect(box).toHaveValue("Typed, never submitted, then the tab reloaded");

  await page.getByRole("button", { name: "Finish quiz" }).click();
  await expect(page).toHaveURL(/\/result$/);
  await expect(page.getByText("Typed, then moved on without submitting")).toBeVisible();
  await expect(page.getByText("Typed, never submitted, then the tab reloaded")).toBeVisible();
});

test("the quiz builder refuses an impossible count next to the field, keeps the entries, and starts nothing", async ({
  page,
}) => {
  await page.goto("/quizzes");
  await page.getByRole("group", { name: "Question types" }).getByRole("checkbox", { name: "Coding" }).check();
  const count = page.getByRole("spinbutton", { name: "Number of questions" });
  await count.fill("500");
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page.getByText("Enter a whole number of questions from 1 to 50.")).toBeVisible();
  await expect(count).toHaveAttribute("aria-invalid", "true");
  await expect(count).toHaveValue("500");
  await expect(
    page.getByRole("group", { name: "Question types" }).getByRole("checkbox", { name: "Coding" }),
  ).toBeChecked();
  await expect(page).toHaveURL(/\/quizzes$/);
});
