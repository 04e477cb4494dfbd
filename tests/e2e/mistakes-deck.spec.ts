import { expect, test, type Page } from "@playwright/test";
import type { Question } from "@/lib/content/schemas/question";
import { questionsInScope } from "@/lib/review/scope";
import { MISTAKES_WINDOW_DAYS } from "@/lib/review/mistakes";
import { snapshot } from "./content-lookup";
import { msg, usePreferences, type UiLang } from "./page-types";

test.describe.configure({ timeout: 120_000 });

const questions = new Map(snapshot().questions.map((q) => [q.id, q]));
const titleIn = (q: Question, lang: UiLang) => (q.langs[lang] ?? q.langs.en ?? q.langs.zh)!.title;
const fill = (text: string, values: Record<string, string | number>) =>
  Object.entries(values).reduce((t, [k, v]) => t.replaceAll(`{${k}}`, String(v)), text);
/** A message with its `{count, plural, …}` part resolved as ICU does for English and Chinese (fill other values first). */
const plural = (text: string, count: number) =>
  text.replace(/\{count, plural, ((?:[^{}]|\{[^{}]*\})*)\}/, (_, branches: string) => {
    const map = new Map([...branches.matchAll(/(=\d+|\w+) \{([^{}]*)\}/g)].map((m) => [m[1]!, m[2]!]));
    const branch = map.get(`=${count}`) ?? (count === 1 ? map.get("one") : undefined) ?? map.get("other")!;
    return branch.replaceAll("#", String(count));
  });
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const ready = (page: Page, lang: UiLang) =>
  expect(page.getByRole("button", { name: msg(lang, "reviewSession.shortcutsButton") })).toBeVisible();

/** A tag with two or three plain questions (no cloze), so a session over it ends after a few ratings. */
function smallTag(): string {
  const s = snapshot();
  for (const tag of [...new Set(s.questions.flatMap((q) => q.tags))].sort()) {
    const inTag = questionsInScope(s, { tag }) ?? [];
    if (inTag.length >= 2 && inTag.length <= 3 && inTag.every((q) => q.type !== "cloze")) return tag;
  }
  throw new Error("no tag in content/ has two or three plain questions");
}

/** A one-question practice quiz (true or false, in English), answered wrong. Returns the question. */
async function missOneInAQuiz(page: Page): Promise<Question> {
  await page.goto("/en/quizzes");
  await page.getByRole("group", { name: "Question types" }).getByRole("checkbox", { name: "True or false" }).check();
  await page.getByRole("spinbutton", { name: "Number of questions" }).fill("1");
  await page.getByRole("radio", { name: /^Practice/ }).check();
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page).toHaveURL(/\/attempts\/[0-9a-f-]{36}$/);
  const section = page.locator("section[data-question-id]");
  const question = questions.get((await section.getAttribute("data-question-id"))!)!;
  await section.getByRole("radio", { name: question.langs.en!.booleanAnswer ? "False" : "True" }).check();
  await page.getByRole("button", { name: "Submit answer" }).click();
  await expect(page.getByText("Incorrect").first()).toBeVisible();
  return question;
}

/** Shows the card on screen and rates it; returns its title. */
async function rate(page: Page, lang: UiLang, rating: "again" | "good" | "easy"): Promise<string> {
  const title = await page.getByRole("heading", { level: 2 }).first().innerText();
  await page.getByRole("button", { name: msg(lang, "review.showAnswer") }).click();
  await page.getByRole("button", { name: msg(lang, `review.${rating}`), exact: true }).click();
  return title;
}

for (const [lang, size, viewport] of [
  ["en", "a desktop", { width: 1280, height: 800 }],
  ["zh", "a 360 px phone", { width: 360, height: 740 }],
] as const) {
  test.describe(`in ${lang === "en" ? "English" : "Chinese"} on ${size}`, () => {
    test.use({ viewport });
    test.beforeEach(async ({ context, baseURL }) => usePreferences(context, baseURL!, { lang }));

    test("a card rated Again and a question missed in a quiz are in My mistakes, reached from the summary and the dashboard", async ({
      page,
    }) => {
      const missed = await missOneInAQuiz(page);

      // A short session: the first card rated Again (it comes back at once, as a learning card), the rest Easy.
      await page.goto(`/${lang}/review?tag=${smallTag()}`);
      await ready(page, lang);
      const forgotten = await rate(page, lang, "again");
      const summary = page.getByRole("region", { name: msg(lang, "reviewSession.summaryTitle") });
      while (!(await summary.isVisible())) {
        await expect(page.getByRole("button", { name: msg(lang, "review.showAnswer") }).or(summary)).toBeVisible();
        if (await summary.isVisible()) break;
        await rate(page, lang, "easy");
      }
      const count = forgotten === titleIn(missed, lang) ? 1 : 2;
      await expect(page.getByTestId("sync-status")).toHaveText(msg(lang, "review.syncAllSaved"));
      await summary.getByRole("link", { name: fill(msg(lang, "mistakes.link"), { count }) }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/review\\?deck=mistakes$`));

      // The deck: its title, its count and what counts, the most recent mistake first, each card saying why.
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg(lang, "mistakes.title"));
      await expect(page.getByTestId("due-count")).toHaveText(plural(msg(lang, "mistakes.count"), count));
      await expect(page.getByText(fill(msg(lang, "mistakes.what"), { days: MISTAKES_WINDOW_DAYS }))).toBeVisible();
      await expect(page.getByRole("heading", { level: 2 }).first()).toHaveText(forgotten);
      await expect(page.getByText(msg(lang, "mistakes.fromAgain"), { exact: true })).toBeVisible();
      await rate(page, lang, "good");
      if (count === 2) {
        await expect(page.getByRole("heading", { level: 2 }).first()).toHaveText(titleIn(missed, lang));
        await expect(page.getByText(msg(lang, "mistakes.fromQuiz"), { exact: true })).toBeVisible();
        await rate(page, lang, "good");
      }
      const done = page.getByRole("region", { name: msg(lang, "reviewSession.summaryTitle") });
      await expect(done.getByText(plural(fill(msg(lang, "mistakes.done"), { count }), count))).toBeVisible();
      // Extra practice goes through the scheduler and the outbox like any rating.
      await expect(page.getByTestId("sync-status")).toHaveText(msg(lang, "review.syncAllSaved"));

      // The dashboard counts the same cards, beside the weakest questions, and links to the deck.
      await page.goto(`/${lang}/dashboard`);
      const section = page.getByRole("region", { name: msg(lang, "mistakes.title") });
      await expect(section.getByTestId("mistakes-count")).toHaveText(
        plural(fill(msg(lang, "mistakes.dashboardCount"), { days: MISTAKES_WINDOW_DAYS }), count),
      );
      await section.getByRole("link", { name: fill(msg(lang, "mistakes.link"), { count }) }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/review\\?deck=mistakes$`));
      await expect(page.getByRole("heading", { level: 2 }).first()).toHaveText(forgotten);

      // The review page itself offers the deck when there are mistakes.
      await page.goto(`/${lang}/review`);
      await ready(page, lang);
      await expect(page.getByRole("link", { name: fill(msg(lang, "mistakes.link"), { count }) })).toBeVisible();
    });

    test("with no mistakes the deck says so, and what would put a card in it", async ({ page }) => {
      await page.goto(`/${lang}/review?deck=mistakes`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg(lang, "mistakes.title"));
      await expect(page.getByRole("heading", { level: 2, name: msg(lang, "mistakes.empty") })).toBeVisible();
      await expect(page.getByText(fill(msg(lang, "mistakes.what"), { days: MISTAKES_WINDOW_DAYS }))).toBeVisible();
      await page.getByRole("link", { name: msg(lang, "review.reviewAll") }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/review$`));
      await ready(page, lang);
      // Nothing to go over: the review page offers no link to the deck.
      const linkText = msg(lang, "mistakes.link").replace(/[（(]\{count\}[）)]/, "");
      await expect(page.getByRole("link", { name: new RegExp(`^${escape(linkText)}`) })).toHaveCount(0);
    });
  });
}

test("a deck that does not exist says so, with a way to review everything", async ({ page }) => {
  await page.goto("/en/review?deck=nope");
  await expect(page.getByText("There is no deck called “nope”. The deck there is: My mistakes.")).toBeVisible();
  await page.getByRole("link", { name: "Review everything" }).click();
  await expect(page).toHaveURL(/\/en\/review$/);
  await expect(page.getByTestId("due-count")).toBeVisible();
});
