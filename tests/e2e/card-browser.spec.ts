import { expect, test, type Page } from "@playwright/test";
import type { Question } from "@/lib/content/schemas/question";
import { questionsInScope } from "@/lib/review/scope";
import { studyDayEnd } from "@/lib/review/study-day";
import { snapshot } from "./content-lookup";
import { msg, usePreferences, type UiLang } from "./page-types";

test.describe.configure({ timeout: 90_000 });

const titleIn = (q: Question, lang: UiLang) => (q.langs[lang] ?? q.langs.en ?? q.langs.zh)!.title;
const literally = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));

/** A tag with two or three plain questions (no cloze), so its session is short and its cards easy to name. */
function smallTag(): { tag: string; questions: readonly Question[] } {
  const s = snapshot();
  for (const tag of [...new Set(s.questions.flatMap((q) => q.tags))].sort()) {
    const questions = questionsInScope(s, { tag }) ?? [];
    if (questions.length >= 2 && questions.length <= 3 && questions.every((q) => q.type !== "cloze"))
      return { tag, questions };
  }
  throw new Error("no tag in content/ has two or three plain questions");
}

async function openSession(page: Page, lang: UiLang, tag: string) {
  await page.goto(`/review?tag=${tag}`);
  await expect(page.getByRole("button", { name: msg(lang, "reviewSession.shortcutsButton") })).toBeVisible();
}
const cardTitle = (page: Page) => page.getByRole("heading", { level: 2 }).first();
const allSaved = (page: Page, lang: UiLang) =>
  expect(page.getByTestId("sync-status")).toHaveText(msg(lang, "review.syncAllSaved"));

for (const [lang, viewport] of [
  ["en", { width: 1280, height: 800 }],
  ["zh", { width: 360, height: 740 }],
] as const) {
  test.describe(`in ${lang === "en" ? "English on a desktop" : "Chinese on a 360 px phone"}`, () => {
    test.use({ viewport });
    test.beforeEach(async ({ context, baseURL }) => usePreferences(context, baseURL!, { lang }));

    test("a card suspended from the session is gone; the card browser finds it by topic and unsuspends it", async ({
      page,
    }) => {
      const { tag, questions } = smallTag();
      const [first, second] = [questions[0]!, questions[1]!];
      await openSession(page, lang, tag);
      await expect(cardTitle(page)).toHaveText(titleIn(first, lang));
      await page.getByRole("button", { name: msg(lang, "cards.suspend"), exact: true }).click();
      await expect(page.getByTestId("review-toast")).toContainText(msg(lang, "cards.toastSuspended"));
      await expect(cardTitle(page)).toHaveText(titleIn(second, lang));
      await allSaved(page, lang);

      // Another visit (the server's copy now): still gone.
      await openSession(page, lang, tag);
      await expect(cardTitle(page)).toHaveText(titleIn(second, lang));

      await page.getByRole("link", { name: msg(lang, "cards.browserLink") }).click();
      await expect(page.getByRole("heading", { level: 1, name: msg(lang, "cards.title") })).toBeVisible();
      const topicName = snapshot().topics.find((x) => x.id === first.topic)!.name[lang];
      await page.getByLabel(msg(lang, "cards.topic"), { exact: true }).selectOption({ label: topicName });
      await page
        .getByLabel(msg(lang, "cards.state"), { exact: true })
        .selectOption({ label: msg(lang, "cards.stateSuspended") });
      const table = page.getByRole("region", { name: msg(lang, "cards.tableCaption") });
      await expect(table.getByRole("row")).toHaveCount(2);
      await expect(table.getByRole("link", { name: titleIn(first, lang) })).toHaveAttribute(
        "href",
        new RegExp(`/questions/${first.id}$`),
      );
      // From the keyboard: select all shown with Space, then the bulk button.
      await table.getByRole("checkbox", { name: msg(lang, "cards.selectAll") }).focus();
      await page.keyboard.press("Space");
      await page.getByRole("button", { name: msg(lang, "cards.unsuspendSelected") }).click();
      await expect(page.getByTestId("cards-done")).not.toBeEmpty();
      await expect(table.getByRole("row")).toHaveCount(1);
      await allSaved(page, lang);

      await openSession(page, lang, tag);
      await expect(cardTitle(page)).toHaveText(titleIn(first, lang));
    });
  });
}

test("a card buried with - comes back when the next study day begins", async ({ page, context, baseURL }) => {
  await usePreferences(context, baseURL!, { lang: "en" });
  const { tag, questions } = smallTag();
  const first = questions[0]!;
  await page.clock.install();
  await openSession(page, "en", tag);
  await expect(cardTitle(page)).toHaveText(titleIn(first, "en"));
  await page.keyboard.press("-");
  await expect(page.getByTestId("review-toast")).toContainText(msg("en", "cards.toastBuried"));
  await expect(cardTitle(page)).not.toHaveText(titleIn(first, "en"));
  await allSaved(page, "en");

  // The browser's study day: it ends at 04:00 in the browser's zone; one minute later the card is back.
  const zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const now = new Date(await page.evaluate(() => Date.now()));
  await page.clock.setSystemTime(new Date(studyDayEnd(now, zone).getTime() + 60_000));
  await page.getByRole("link", { name: msg("en", "cards.browserLink") }).click();
  const table = page.getByRole("region", { name: msg("en", "cards.tableCaption") });
  await expect(table.getByRole("row", { name: literally(titleIn(first, "en")) })).toHaveAttribute("data-state", "new");
  // Back to the same session (a client-side navigation: the page's clock stays where it was set).
  await page.goBack();
  await expect(cardTitle(page)).toHaveText(titleIn(first, "en"));
});

test("reset, after a confirmation, makes a studied card new again on this device and on the server", async ({
  page,
  context,
  baseURL,
}) => {
  await usePreferences(context, baseURL!, { lang: "en" });
  const { tag, questions } = smallTag();
  const first = questions[0]!;
  await openSession(page, "en", tag);
  await page.getByRole("button", { name: msg("en", "review.showAnswer") }).click();
  await page.getByRole("button", { name: msg("en", "review.easy"), exact: true }).click();
  await expect(cardTitle(page)).not.toHaveText(titleIn(first, "en"));
  await allSaved(page, "en");

  await page.goto("/cards");
  const table = page.getByRole("region", { name: msg("en", "cards.tableCaption") });
  const row = table.getByRole("row", { name: literally(titleIn(first, "en")) });
  await expect(row).not.toHaveAttribute("data-state", "new");
  await row.getByRole("checkbox").check();
  await page.getByRole("button", { name: msg("en", "cards.resetSelected") }).click();
  const dialog = page.getByRole("dialog", { name: "Reset 1 card?" });
  // Esc cancels: nothing changes.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(row).not.toHaveAttribute("data-state", "new");
  await page.getByRole("button", { name: msg("en", "cards.resetSelected") }).click();
  await dialog.getByRole("button", { name: msg("en", "cards.resetConfirm"), exact: true }).click();
  await expect(page.getByTestId("cards-done")).toHaveText("1 card reset: it is new again.");
  await expect(row).toHaveAttribute("data-state", "new");
  await allSaved(page, "en");
  // The server's copy agrees: a fresh download shows it new too.
  await page.reload();
  await expect(table.getByRole("row", { name: literally(titleIn(first, "en")) })).toHaveAttribute("data-state", "new");
});
