import { expect, test, type Page } from "@playwright/test";
import { hasKeyPoints, tagStartingWith } from "./review-scopes";

const WORDS = {
  en: {
    prefix: "",
    answer: "Your answer (optional)",
    keyPoints: "Key points",
    again: "Again",
    hard: "Hard",
    good: "Good",
    suggested: "suggested",
    keyboard: /^Keyboard:/,
    saved: "All saved",
    earlier: "Your earlier answers",
    flashcard: "Flashcard",
  },
  zh: {
    prefix: "/zh",
    answer: "你的回答（可选）",
    keyPoints: "要点",
    again: "重来",
    hard: "困难",
    good: "良好",
    suggested: "建议",
    keyboard: /^键盘：/,
    saved: "已全部保存",
    earlier: "你以前的回答",
    flashcard: "闪卡",
  },
} as const;

async function suggestedRating(page: Page): Promise<string | null> {
  return page.locator("[data-suggested]").getAttribute("aria-label");
}

for (const lang of ["en", "zh"] as const) {
  test(`a flashcard answered, then checked against its key points, suggests the rating the ticks earn (${lang})`, async ({
    page,
  }) => {
    const w = WORDS[lang];
    const { tag, question } = tagStartingWith(hasKeyPoints, 3);
    const points = question.langs[lang]!.keyPoints!;
    await page.goto(`${w.prefix}/review?tag=${tag}`);
    await expect(page.getByText(w.keyboard)).toBeVisible();
    await expect(page.getByRole("heading", { level: 2 })).toHaveText(question.langs[lang]!.title);

    const typed = `My answer in ${lang}: ${points[0]!.text.slice(0, 40)}`;
    await page.getByRole("textbox", { name: w.answer }).fill(typed);
    await page.getByRole("heading", { level: 2 }).focus();
    await page.keyboard.press("Space");

    const checklist = page.getByRole("group", { name: w.keyPoints });
    const boxes = checklist.getByRole("checkbox");
    await expect(boxes).toHaveCount(points.length);
    // Ticking comes first: the first point has the focus, and nothing ticked suggests Again.
    await expect(boxes.first()).toBeFocused();
    expect(await suggestedRating(page)).toBe(w.again);
    await expect(page.getByRole("button", { name: w.again, exact: true })).toHaveAccessibleDescription(
      new RegExp(w.suggested),
    );

    // Every point but the last, with no must point missed, earns at least Hard; all of them, Good.
    for (let i = 0; i < points.length; i++) await boxes.nth(i).check();
    expect(await suggestedRating(page)).toBe(w.good);
    await boxes.nth(points.length - 1).uncheck();
    const mustLast = points[points.length - 1]!.must;
    expect(await suggestedRating(page)).toBe(mustLast ? w.again : w.hard);
    await boxes.nth(points.length - 1).check();

    // The candidate confirms the suggestion (the keys still rate while a checkbox has the focus).
    await expect(boxes.nth(points.length - 1)).toBeFocused();
    await page.keyboard.press("3");
    await expect(page.getByRole("heading", { level: 2 })).not.toHaveText(question.langs[lang]!.title);
    await expect(page.getByTestId("sync-status")).toHaveText(w.saved);

    // The answer and its ticks were kept: the question page lists it beside the key points.
    await page.goto(`${w.prefix}/questions/${question.id}`);
    await page.getByRole("button", { name: lang === "en" ? "Show answer" : "显示答案" }).click();
    const earlier = page.getByRole("region", { name: w.earlier });
    await expect(earlier.getByRole("listitem").filter({ hasText: typed })).toHaveCount(1);
    await expect(earlier.getByText(new RegExp(`^${w.flashcard}`))).toBeVisible();
  });
}

test("on a question page, an answer is checked against the key points, saved once, and listed with the earlier ones", async ({
  page,
}) => {
  const { question } = tagStartingWith(hasKeyPoints, 3);
  const points = question.langs.en!.keyPoints!;
  await page.goto(`/questions/${question.id}`);
  await page
    .getByRole("textbox", { name: "Your answer (optional)" })
    .fill("Attention mixes values by query–key similarity.");
  await page.getByRole("button", { name: "Show answer" }).click();
  const checklist = page.getByRole("group", { name: "Key points" });
  await checklist.getByRole("checkbox").first().check();
  await expect(checklist.getByRole("status")).toContainText(`1 of ${points.length} points covered`);
  const earlier = page.getByRole("region", { name: "Your earlier answers" });
  await expect(earlier).toContainText("No earlier answers to this question yet.");
  const save = page.getByRole("button", { name: "Save my answer" });
  await save.click();
  await expect(page.getByText("Answer saved.")).toBeVisible();
  await expect(earlier.getByRole("listitem").filter({ hasText: "Attention mixes values" })).toHaveCount(1);
  await expect(
    earlier
      .getByRole("listitem")
      .filter({ hasText: "Attention mixes values" })
      .getByText("covered", { exact: false })
      .first(),
  ).toBeAttached();
  await page.reload();
  await page.getByRole("button", { name: "Show answer" }).click();
  await expect(
    page
      .getByRole("region", { name: "Your earlier answers" })
      .getByRole("listitem")
      .filter({ hasText: "Attention mixes values" }),
  ).toHaveCount(1);
});
