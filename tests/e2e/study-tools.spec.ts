import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { newPerson, setRole, signUp } from "./accounts";
import { findQuestion } from "./content-lookup";
import { msg, usePreferences, type UiLang } from "./page-types";

// Signing an admin up and setting the role through the command line takes a while on a busy machine.
test.describe.configure({ timeout: 90_000 });

async function violations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help} — ${v.nodes[0]?.target.join(" ")}`);
}

const question = () => findQuestion((q) => q.type === "single");

async function openReview(page: Page, lang: UiLang) {
  await page.goto("/review");
  await expect(page.getByText(msg(lang, "review.keyboard"))).toBeVisible();
}

const viewports = [
  { name: "desktop", viewport: { width: 1280, height: 800 } },
  { name: "a 360 px phone", viewport: { width: 360, height: 740 } },
] as const;

for (const lang of ["en", "zh"] as const) {
  for (const { name, viewport } of viewports) {
    test.describe(`in ${lang === "en" ? "English" : "Chinese"} on ${name}`, () => {
      test.use({ viewport });
      test.beforeEach(async ({ context, baseURL }) => usePreferences(context, baseURL!, { lang }));

      test("a learner flags a question and keeps a private Markdown note on it, both still there after a reload", async ({
        page,
        browser,
        baseURL,
      }) => {
        const q = question();
        await page.goto(`/questions/${q.id}`);
        const flag = page.getByRole("button", { name: msg(lang, "tools.flag"), exact: true });
        await expect(flag).toHaveAttribute("aria-pressed", "false");
        await flag.click();
        await expect(flag).toHaveAttribute("aria-pressed", "true");

        await page.getByRole("button", { name: msg(lang, "tools.note.add") }).click();
        const box = page.getByRole("textbox", { name: msg(lang, "tools.note.label") });
        await expect(box).toBeFocused();
        await box.fill("Remember **scaling** by `sqrt(d_k)`\n\n<img src=x onerror=alert(1)>");
        await page.getByRole("button", { name: msg(lang, "tools.note.save") }).click();
        await expect(page.getByRole("status").filter({ hasText: msg(lang, "tools.note.saved") })).toBeVisible();
        const edit = page.getByRole("button", { name: msg(lang, "tools.note.edit") });
        await expect(edit).toBeFocused();
        const note = page.getByRole("region", { name: msg(lang, "tools.note.heading") });
        await expect(note.locator("strong", { hasText: "scaling" })).toBeVisible();
        await expect(note.locator("code", { hasText: "sqrt(d_k)" })).toBeVisible();
        await expect(note.locator("img")).toHaveCount(0);

        await page.reload();
        await expect(flag).toHaveAttribute("aria-pressed", "true");
        await expect(note.locator("strong", { hasText: "scaling" })).toBeVisible();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(overflow).toBeLessThanOrEqual(viewport.width);

        // Private: another visitor sees neither the flag nor the note.
        const stranger = await browser.newContext({ viewport });
        await usePreferences(stranger, baseURL!, { lang });
        const theirs = await stranger.newPage();
        await theirs.goto(`/questions/${q.id}`);
        await expect(theirs.getByRole("button", { name: msg(lang, "tools.flag"), exact: true })).toHaveAttribute(
          "aria-pressed",
          "false",
        );
        await expect(theirs.getByText(msg(lang, "tools.note.none"))).toBeVisible();
        await stranger.close();
      });

      test("a note written on the back of a flashcard is shown there again, and the flag is kept", async ({ page }) => {
        await openReview(page, lang);
        await page.getByRole("button", { name: msg(lang, "review.showAnswer") }).click();
        await page.getByRole("button", { name: msg(lang, "tools.note.add") }).click();
        await page.getByRole("textbox", { name: msg(lang, "tools.note.label") }).fill("Card note: *softmax* first");
        await page.getByRole("button", { name: msg(lang, "tools.note.save") }).click();
        const flag = page.getByRole("button", { name: msg(lang, "tools.flag"), exact: true });
        await flag.click();
        await expect(flag).toHaveAttribute("aria-pressed", "true");

        await openReview(page, lang);
        await page.getByRole("button", { name: msg(lang, "review.showAnswer") }).click();
        const note = page.getByRole("region", { name: msg(lang, "tools.note.heading") });
        await expect(note.locator("em", { hasText: "softmax" })).toBeVisible();
        await expect(flag).toHaveAttribute("aria-pressed", "true");
      });

      test("a learner reports a problem, told in words which field is missing; an admin lists and resolves it", async ({
        page,
        browser,
        baseURL,
      }) => {
        const q = question();
        const words = `The second option is also right ${randomUUID()}`;
        await page.goto(`/questions/${q.id}`);
        const opener = page.getByRole("button", { name: msg(lang, "tools.report.open") });
        await opener.click();
        const dialog = page.getByRole("dialog", { name: msg(lang, "tools.report.title") });
        await expect(dialog).toBeVisible();
        await dialog.getByRole("button", { name: msg(lang, "tools.report.send") }).click();
        await expect(dialog.getByText(msg(lang, "tools.report.reasonMissing"))).toBeVisible();
        await expect(dialog.getByRole("combobox", { name: msg(lang, "tools.report.reason") })).toBeFocused();
        await dialog
          .getByRole("combobox", { name: msg(lang, "tools.report.reason") })
          .selectOption({ label: msg(lang, "tools.report.reasons.wrong-answer") });
        await dialog.getByRole("textbox", { name: msg(lang, "tools.report.text") }).fill(words);
        expect(await violations(page)).toEqual([]);
        await dialog.getByRole("button", { name: msg(lang, "tools.report.send") }).click();
        await expect(dialog.getByText(msg(lang, "tools.report.sent"))).toBeVisible();
        await page.keyboard.press("Escape");
        await expect(dialog).toBeHidden();
        await expect(opener).toBeFocused();

        // Not for learners: the page is not there for them.
        expect((await page.goto("/admin/reports"))?.status()).toBe(404);

        const adminContext = await browser.newContext({ viewport });
        const admin = await adminContext.newPage();
        const person = newPerson("Admin");
        await signUp(admin, person);
        setRole(person.email, "admin");
        await usePreferences(adminContext, baseURL!, { lang });
        await admin.goto("/admin/reports");
        await expect(admin.getByRole("heading", { level: 1, name: msg(lang, "tools.admin.title") })).toBeVisible();
        const entry = admin.getByRole("article").filter({ hasText: words });
        await expect(entry.getByText(q.id, { exact: true })).toBeVisible();
        await expect(entry.getByRole("link", { name: q.langs[lang]!.title })).toBeVisible();
        await expect(entry.getByText(msg(lang, "tools.report.reasons.wrong-answer"))).toBeVisible();
        await entry.getByRole("button", { name: msg(lang, "tools.admin.resolve") }).click();
        await expect(entry.getByRole("button", { name: msg(lang, "tools.admin.reopen") })).toBeVisible();
        await adminContext.close();
      });
    });
  }
}

for (const lang of ["en", "zh"] as const) {
  for (const theme of ["light", "dark"] as const) {
    // Four axe scans and an admin signed up and promoted from the command line: minutes on a busy machine.
    test(`in ${lang}, ${theme} theme: the note editor, the report dialog and the admins' report list have no axe violations`, async ({
      page,
      browser,
      context,
      baseURL,
    }) => {
      test.setTimeout(180_000);
      await usePreferences(context, baseURL!, { lang, theme });
      await page.goto(`/questions/${question().id}`);
      await page.getByRole("button", { name: msg(lang, "tools.flag"), exact: true }).click();
      await page.getByRole("button", { name: msg(lang, "tools.note.add") }).click();
      await expect(page.getByRole("textbox", { name: msg(lang, "tools.note.label") })).toBeFocused();
      expect(await violations(page)).toEqual([]);
      await page.getByRole("button", { name: msg(lang, "tools.report.open") }).click();
      const dialog = page.getByRole("dialog", { name: msg(lang, "tools.report.title") });
      await dialog.getByRole("button", { name: msg(lang, "tools.report.send") }).click();
      await expect(dialog.getByText(msg(lang, "tools.report.reasonMissing"))).toBeVisible();
      expect(await violations(page)).toEqual([]);
      await dialog.getByRole("combobox", { name: msg(lang, "tools.report.reason") }).selectOption("typo");
      await dialog.getByRole("textbox", { name: msg(lang, "tools.report.text") }).fill(`A typo in the prompt ${theme}`);
      await dialog.getByRole("button", { name: msg(lang, "tools.report.send") }).click();
      await expect(dialog.getByText(msg(lang, "tools.report.sent"))).toBeVisible();

      const adminContext = await browser.newContext();
      const admin = await adminContext.newPage();
      const person = newPerson("Admin");
      await signUp(admin, person);
      setRole(person.email, "admin");
      await usePreferences(adminContext, baseURL!, { lang, theme });
      await admin.goto("/admin/reports");
      await expect(admin.getByRole("article").first()).toBeVisible();
      await expect(admin.locator("html")).toHaveClass(theme === "dark" ? /\bdark\b/ : /^(?!.*\bdark\b)/);
      expect(await violations(admin)).toEqual([]);
      await adminContext.close();
    });
  }
}
