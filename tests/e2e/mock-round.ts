import { expect, type Page } from "@playwright/test";
import { snapshot } from "./content-lookup";
import { msg, type UiLang } from "./page-types";

/** Each topic with how many questions a mock interview can ask from it (open or code, with key points). */
export function mockTopics() {
  const s = snapshot();
  const askable = s.questions.filter(
    (q) =>
      !q.draft &&
      !q.retired &&
      (q.type === "open" || q.type === "code") &&
      Object.values(q.langs).every((c) => (c?.keyPoints?.length ?? 0) > 0),
  );
  return s.topics
    .map((topic) => ({ topic, count: askable.filter((q) => q.topic === topic.id).length }))
    .filter((t) => t.count >= 3);
}

/** A topic with at least three askable questions. */
export function mockTopic() {
  const found = mockTopics()[0];
  if (!found) throw new Error("no topic in content/ has three questions with key points");
  return found.topic;
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Opens the setup, picks the topic, a 3-question round with two minutes a question (shown, not enforced). */
export async function startMockRound(page: Page, lang: UiLang) {
  const topic = mockTopic();
  await page.goto("/mock");
  await page.getByRole("checkbox", { name: new RegExp(`^${escapeRegExp(topic.name[lang])}`) }).check();
  await page
    .getByLabel(msg(lang, "mock.setup.time"))
    .selectOption({ label: msg(lang, "mock.setup.minutes").replace("{count}", "2") });
  await page.getByRole("button", { name: msg(lang, "mock.setup.start") }).click();
  await expect(page.getByRole("timer", { name: msg(lang, "mock.runner.timer") })).toBeVisible();
}

/** Types an answer to the question on screen, hands it in and shows the key points (ticking the first). */
export async function handInAnswer(page: Page, lang: UiLang, text: string) {
  await page.getByLabel(msg(lang, "mock.runner.yourAnswer")).fill(text);
  await page.getByRole("button", { name: msg(lang, "mock.runner.handIn") }).click();
  const checklist = page.getByRole("group", { name: msg(lang, "coach.keyPoints") });
  await checklist.getByRole("checkbox").first().check();
  return checklist;
}

/** Answers the current question and goes on, waiting until the next one (or the report) is up. */
export async function answerAndGoOn(page: Page, lang: UiLang, text: string, last: boolean) {
  const heading = await page.getByRole("heading", { level: 2 }).first().textContent();
  await handInAnswer(page, lang, text);
  await page.getByRole("button", { name: msg(lang, last ? "mock.runner.finish" : "mock.runner.next") }).click();
  if (last) await expect(page).toHaveURL(/\/mock\/[0-9a-f-]+\/report$/);
  else await expect(page.getByRole("heading", { level: 2 }).first()).not.toHaveText(heading ?? "");
}
