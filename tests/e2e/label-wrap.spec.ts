import { expect, test, type Page } from "@playwright/test";
import { findQuestion } from "./content-lookup";

// A small phone, where a flex row with `overflow-wrap: anywhere` used to squeeze "B." into "B / ." and
// "Correct" into "Corre / ct".
test.use({ viewport: { width: 360, height: 740 } });

/**
 * Every visible option letter ("B.") and verdict word on the page: how many lines its text takes, and for a
 * letter, whether the option's text starts on the letter's line, to its right.
 */
async function labelLayout(page: Page) {
  return page.evaluate(() => {
    const lines = (node: Node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      const tops = Array.from(range.getClientRects())
        .filter((r) => r.width > 0)
        .map((r) => Math.round(r.top));
      return { count: new Set(tops).size, rects: Array.from(range.getClientRects()).filter((r) => r.width > 0) };
    };
    const visible = (el: Element) => (el as HTMLElement).offsetParent !== null || el.getClientRects().length > 0;
    const letters = Array.from(document.querySelectorAll("main span"))
      .filter((el) => /^[A-H]\.$/.test(el.textContent?.trim() ?? "") && el.children.length === 0 && visible(el))
      .map((el) => {
        const letter = lines(el);
        // The option's text is the element after the letter, or (in the quiz's list of answers) after a verdict.
        let text = el.nextElementSibling;
        while (text && /^(Correct|Incorrect|正确|错误)$/.test(text.textContent?.trim() ?? ""))
          text = text.nextElementSibling;
        const first = text ? lines(text).rects[0] : undefined;
        const own = letter.rects[0]!;
        return {
          label: el.textContent!.trim(),
          lines: letter.count,
          // The text's first line sits beside the letter: it starts to the letter's right, on the same line.
          beside: !first || (first.left >= own.right - 1 && Math.abs(first.top - own.top) < own.height),
        };
      });
    const verdicts = Array.from(document.querySelectorAll("main strong, main p, main span"))
      .filter(
        (el) =>
          /^(Correct|Incorrect|Partly correct|正确|错误|部分正确)$/.test(el.textContent?.trim() ?? "") &&
          el.children.length === 0 &&
          visible(el),
      )
      .map((el) => ({ label: el.textContent!.trim(), lines: lines(el).count }));
    return { letters, verdicts };
  });
}

async function expectLabelsOnOneLine(page: Page, expected: { letters: number; verdicts?: number }) {
  const { letters, verdicts } = await labelLayout(page);
  expect(letters.length, "option letters on the page").toBeGreaterThanOrEqual(expected.letters);
  for (const l of letters) {
    expect(l.lines, `option letter ${l.label} on one line`).toBe(1);
    expect(l.beside, `option ${l.label}'s text starts beside its letter`).toBe(true);
  }
  if (expected.verdicts !== undefined) {
    expect(verdicts.length, "verdicts on the page").toBeGreaterThanOrEqual(expected.verdicts);
    for (const v of verdicts) expect(v.lines, `verdict "${v.label}" on one line`).toBe(1);
  }
}

for (const lang of ["en", "zh"] as const) {
  test(`question page (${lang}): option letters stay with their text and verdicts never break at 360 px`, async ({
    page,
  }) => {
    // The longest options wrap over several lines: the case where the letter was squeezed.
    const q = findQuestion(
      (x) =>
        x.type === "single" &&
        x.langs[lang]!.options!.some((o) => o.text.length > 60) &&
        !x.langs[lang]!.promptHtml.includes("katex"),
    );
    await page.goto(`/${lang}/questions/${q.id}`);
    const options = q.langs[lang]!.options!.length;
    await expectLabelsOnOneLine(page, { letters: options });
    await page.getByRole("button", { name: lang === "en" ? "Show answer" : "显示答案" }).click();
    await expectLabelsOnOneLine(page, { letters: options, verdicts: options });
  });
}

test("quiz runner, feedback and results: option letters and verdicts stay on one line at 360 px", async ({ page }) => {
  await page.goto("/quizzes");
  await page.getByRole("group", { name: "Question types" }).getByRole("checkbox", { name: "Single choice" }).check();
  await page.getByRole("spinbutton", { name: "Number of questions" }).fill("1");
  await page.getByRole("radio", { name: /^Practice/ }).check();
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page).toHaveURL(/\/attempts\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("radio").first()).toBeVisible();
  await expectLabelsOnOneLine(page, { letters: 2 });

  await page.getByRole("radio").first().check();
  await page.getByRole("button", { name: "Submit answer" }).click();
  await expect(page.getByRole("heading", { name: "Right answer" })).toBeVisible();
  await expectLabelsOnOneLine(page, { letters: 2, verdicts: 2 });

  await page.getByRole("button", { name: "Finish quiz" }).click();
  await expect(page.getByRole("heading", { name: "Right answer" }).first()).toBeVisible();
  await expect(page).toHaveURL(/\/attempts\/[0-9a-f-]{36}\/result$/);
  await expectLabelsOnOneLine(page, { letters: 2, verdicts: 2 });
});
