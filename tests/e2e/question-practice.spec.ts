import { expect, test, type Page } from "@playwright/test";
import type { Cloze, Question } from "@/lib/content/schemas/question";
import { choiceOption } from "./choice-option";
import { findQuestion, snapshot } from "./content-lookup";

/** The body of the question as the reader sees it (the page holds one view per content-language choice). */
const shownView = (page: Page) => page.locator("article > [data-content-view]").filter({ visible: true });

const WORDS = {
  en: { show: "Show answer", hide: "Hide answer", right: "You were right.", wrong: /^Not quite/, pick: "(your pick)" },
  zh: { show: "显示答案", hide: "隐藏答案", right: "你答对了。", wrong: /^不太对/, pick: "(你的选择)" },
} as const;

for (const lang of ["en", "zh"] as const) {
  test(`question page (${lang}): pick an option before the answer, then see whether the pick was right`, async ({
    page,
  }) => {
    const w = WORDS[lang];
    const q = findQuestion((x) => x.type === "single" && x.langs[lang]!.options!.length >= 3);
    const options = q.langs[lang]!.options!;
    const wrong = options.find((o) => !o.correct)!;
    const right = options.find((o) => o.correct)!;
    await page.goto(`/${lang}/questions/${q.id}`);
    const view = shownView(page);

    const wrongRadio = await choiceOption(view, "radio", wrong.text);
    await wrongRadio.check();
    await page.getByRole("button", { name: w.show }).click();
    await expect(view.getByText(w.wrong)).toBeVisible();
    await expect(wrongRadio).toBeDisabled();
    // The wrong pick is marked as the reader's, beside its verdict.
    await expect(view.getByText(w.pick, { exact: true })).toHaveCount(1);

    // Hidden again, the answer can be tried once more.
    await page.getByRole("button", { name: w.hide }).click();
    const rightRadio = await choiceOption(view, "radio", right.text);
    await rightRadio.check();
    await expect(wrongRadio).not.toBeChecked();
    await page.getByRole("button", { name: w.show }).click();
    await expect(view.getByText(w.right, { exact: true })).toBeVisible();
  });
}

test("question page: cloze answers are typed before the answer is shown, then checked blank by blank", async ({
  page,
}) => {
  const q = findQuestion((x) => x.type === "cloze" && x.langs.en!.clozes!.length >= 2);
  const [first, second] = q.langs.en!.clozes! as [Cloze, Cloze];
  await page.goto(`/questions/${q.id}`);
  const view = shownView(page);
  // Case and spaces do not matter; the second blank is left wrong.
  await view.getByRole("textbox", { name: /^Blank 1/ }).fill(` ${first.answers[0]!.toUpperCase()} `);
  await view.getByRole("textbox", { name: /^Blank 2/ }).fill("not the answer");
  await page.getByRole("button", { name: "Show answer" }).click();
  await expect(view.getByText("Correct", { exact: true })).toHaveCount(1);
  await expect(view.getByText("Incorrect", { exact: true })).toHaveCount(1);
  await expect(view.getByText(`Accepted: ${first.answers.join(" · ")}`)).toBeVisible();
  await expect(view.getByText(`Accepted: ${second.answers.join(" · ")}`)).toBeVisible();
  await expect(view.getByRole("textbox", { name: /^Blank 2/ })).toHaveValue("not the answer");
});

/** A topic's published questions in the order its page lists them. */
function topicOrder(topic: string): Question[] {
  const s = snapshot();
  const byId = new Map(s.questions.map((q) => [q.id, q]));
  return s.banks
    .filter((b) => b.topic === topic)
    .flatMap((b) => b.questionIds.map((id) => byId.get(id)!))
    .filter((q) => q && !q.draft && !q.retired);
}

test("question page: previous and next within the topic, by title, with the keyboard", async ({ page }) => {
  const first = snapshot().questions.find((q) => !q.draft && !q.retired && q.langs.en)!;
  const list = topicOrder(first.topic);
  const [previous, current, next] = list.slice(1, 4) as [Question, Question, Question];
  await page.goto(`/questions/${current.id}`);
  const nav = page.getByRole("navigation", { name: "Other questions in this topic" });
  await expect(nav.getByText(`Question 3 of ${list.length} in`)).toBeVisible();
  await expect(nav.getByRole("link", { name: `Previous ${previous.langs.en!.title}` })).toBeVisible();
  const nextLink = nav.getByRole("link", { name: `Next ${next.langs.en!.title}` });
  await nextLink.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: next.langs.en!.title })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/en/questions/${next.id}$`));

  await page
    .getByRole("navigation", { name: "Other questions in this topic" })
    .getByRole("link", { name: `Previous ${current.langs.en!.title}` })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: current.langs.en!.title })).toBeVisible();
});

test("question page: the first question of a topic has no previous one, the last no next one", async ({ page }) => {
  const first = snapshot().questions.find((q) => !q.draft && !q.retired && q.langs.en)!;
  const list = topicOrder(first.topic);
  const nav = page.getByRole("navigation", { name: "Other questions in this topic" });
  await page.goto(`/questions/${list[0]!.id}`);
  await expect(nav.getByText(`Question 1 of ${list.length} in`)).toBeVisible();
  await expect(nav.getByRole("link", { name: /^Previous / })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: /^Next / })).toHaveCount(1);
  await page.goto(`/questions/${list.at(-1)!.id}`);
  await expect(nav.getByRole("link", { name: /^Next / })).toHaveCount(0);
});
