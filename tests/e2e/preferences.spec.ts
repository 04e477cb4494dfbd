import { expect, test, type Page } from "@playwright/test";
import { findQuestion } from "./content-lookup";
import { tagStartingWith } from "./review-scopes";

test.describe("the theme toggle", () => {
  test.use({ colorScheme: "light" });

  test("switches to dark at once, is remembered across reloads, and is applied before the first paint (no flash)", async ({
    page,
  }) => {
    await page.goto("/");
    const html = page.locator("html");
    await expect(html).not.toHaveClass(/\bdark\b/);
    const themes = page.getByRole("group", { name: "Colour theme" });
    await expect(themes.getByRole("button", { name: "Follow the system" })).toHaveAttribute("aria-pressed", "true");

    await themes.getByRole("button", { name: "Dark" }).click();
    await expect(html).toHaveClass(/\bdark\b/);
    await expect(themes.getByRole("button", { name: "Dark" })).toHaveAttribute("aria-pressed", "true");
    await expect.poll(async () => (await page.context().cookies()).find((c) => c.name === "theme")?.value).toBe("dark");
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe("rgb(255, 255, 255)");

    await page.reload();
    await expect(html).toHaveClass(/\bdark\b/);
    await expect(
      page.getByRole("group", { name: "Colour theme" }).getByRole("button", { name: "Dark" }),
    ).toHaveAttribute("aria-pressed", "true");

    // No flash: the page is the same for everyone (prerendered), and the boot script in <head> sets the class
    // from the cookie before the browser has parsed <body>, so the first paint is already dark.
    expect(await classWhenBodyStarts(page)).toMatch(/\bdark\b/);

    await page.getByRole("group", { name: "Colour theme" }).getByRole("button", { name: "Light" }).click();
    await expect(html).not.toHaveClass(/\bdark\b/);
    // The class changes at once; the choice is saved by a server action, so reload once the cookie says so.
    await expect
      .poll(async () => (await page.context().cookies()).find((c) => c.name === "theme")?.value)
      .toBe("light");
    await page.reload();
    await expect(html).not.toHaveClass(/\bdark\b/);
    expect(await classWhenBodyStarts(page)).not.toMatch(/\bdark\b/);
  });
});

/**
 * The class <html> had at the moment the parser created <body>, before any paint or any React code: what decides
 * whether the first frame flashes the wrong theme. Recorded by an init script on the next load of the page.
 */
async function classWhenBodyStarts(page: Page): Promise<string> {
  await page.addInitScript(() => {
    const record = () => {
      (window as unknown as { __classAtBody?: string }).__classAtBody = document.documentElement.className;
    };
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      record();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  return page.evaluate(() => (window as unknown as { __classAtBody?: string }).__classAtBody ?? "(not recorded)");
}

test.describe("with the system in dark mode", () => {
  test.use({ colorScheme: "dark" });

  test("'follow the system' is dark before the first paint and Light overrides it", async ({ page, request }) => {
    // The class comes from a script in <head> that runs before the body is parsed, not later from React.
    const raw = await (await request.get("/en")).text();
    expect(raw.indexOf("prefers-color-scheme: dark")).toBeLessThan(raw.indexOf("<body"));
    await page.goto("/");
    const html = page.locator("html");
    await expect(html).toHaveClass(/\bdark\b/);
    expect(await classWhenBodyStarts(page)).toMatch(/\bdark\b/);
    await page.getByRole("group", { name: "Colour theme" }).getByRole("button", { name: "Light" }).click();
    await expect(html).not.toHaveClass(/\bdark\b/);
    // The class changes at once; the choice is saved by a server action, so reload once the cookie says so.
    await expect
      .poll(async () => (await page.context().cookies()).find((c) => c.name === "theme")?.value)
      .toBe("light");
    await page.reload();
    await expect(html).not.toHaveClass(/\bdark\b/);
    await page.getByRole("group", { name: "Colour theme" }).getByRole("button", { name: "Follow the system" }).click();
    await expect(html).toHaveClass(/\bdark\b/);
  });
});

test("the language switch is remembered across reloads", async ({ page }) => {
  await page.goto("/settings");
  await page.getByRole("link", { name: "中文" }).click();
  await expect(page).toHaveURL(/\/zh\/settings$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await page.goto("/settings");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("link", { name: "中文" })).toHaveAttribute("aria-current", "true");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.goto("/settings");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("a question can be read in both languages side by side, chosen on the page and kept in settings", async ({
  page,
}) => {
  const q = findQuestion((x) => x.type === "open");
  await page.goto(`/questions/${q.id}`);
  await page.getByLabel("Show questions and flashcards in").selectOption({ label: "Chinese and English side by side" });
  const chinese = page.getByRole("region", { name: "Chinese version" });
  const english = page.getByRole("region", { name: "English version" });
  await expect(chinese).toHaveAttribute("lang", "zh-CN");
  await expect(english).toHaveAttribute("lang", "en");
  await expect(page.getByText(q.langs.zh!.title, { exact: true }).filter({ visible: true })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: q.langs.en!.title })).toBeVisible();
  // Two columns on a wide screen.
  const [a, b] = [await english.first().boundingBox(), await chinese.first().boundingBox()];
  expect(Math.abs(a!.y - b!.y)).toBeLessThan(5);
  expect(b!.x).toBeGreaterThan(a!.x + 100);

  await page.getByRole("button", { name: "Show answer" }).click();
  await expect(chinese).toHaveCount(2);

  await page.goto("/settings");
  await expect(page.getByLabel("Show questions and flashcards in")).toHaveValue("both");
  await page.getByLabel("Show questions and flashcards in").selectOption({ label: "Chinese" });
  await expect(page.getByRole("status").filter({ hasText: "Content language saved." })).toBeVisible();
  await page.goto(`/questions/${q.id}`);
  await expect(page.getByRole("heading", { level: 1, name: q.langs.zh!.title })).toBeVisible();
  await expect(page.getByRole("button", { name: "Show answer" })).toBeVisible();
});

test("flashcards show both languages when asked to, and the keyboard flow still works", async ({
  page,
  context,
  baseURL,
}) => {
  await context.addCookies([{ name: "content_lang", value: "both", url: baseURL! }]);
  // A choice card: the answer's focus lands on Good (an open card's lands on its key-point checklist).
  await page.goto(`/review?tag=${tagStartingWith((q) => q.type === "single" && !!q.langs.zh).tag}`);
  await expect(page.getByRole("region", { name: "Chinese version" })).toHaveAttribute("lang", "zh-CN");
  const good = page.getByRole("button", { name: "Good", exact: true });
  // A key pressed before the page has hydrated goes nowhere; once the answer shows, Space does nothing more.
  await expect(async () => {
    await page.keyboard.press("Space");
    await expect(good).toBeVisible({ timeout: 1000 });
  }).toPass();
  await expect(good).toBeFocused();
  await expect(page.getByRole("region", { name: "English version" })).toHaveCount(2);
});

test("the keyboard alone reaches the header controls, each with a visible focus ring", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  // Skip link, the nav links (Classes and Sign in among them), search, language, then the theme buttons.
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press("Tab");
    const focused = page.locator(":focus");
    const outline = await focused.evaluate(
      (el) => getComputedStyle(el).outlineStyle + " " + getComputedStyle(el).outlineWidth,
    );
    expect(outline, await focused.evaluate((el) => el.outerHTML.slice(0, 80))).toMatch(/^(solid|auto) [1-9]/);
    if ((await focused.getAttribute("aria-label")) === "Dark") break;
  }
  await expect(page.getByRole("button", { name: "Dark" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
});

test("settings refuse a bad value in the learner's words, listed above the fields with a link to each", async ({
  page,
}) => {
  await page.goto("/settings");
  const limit = page.getByRole("spinbutton", { name: "New cards per day" });
  await limit.fill("900");
  await page.getByRole("button", { name: "Save settings" }).click();
  const summary = page
    .getByRole("alert")
    .filter({ has: page.getByRole("heading", { name: "Please correct the fields below:" }) });
  await expect(summary).toBeFocused();
  await expect(page.getByText("Enter a whole number from 0 to 500.")).toBeVisible();
  // Never the internal field name or the schema's own words.
  await expect(page.locator("main")).not.toContainText("dailyNewLimit");
  await expect(page.locator("main")).not.toContainText("must be at most");
  await expect(limit).toHaveValue("900");
  await expect(limit).toHaveAttribute("aria-invalid", "true");
  // The summary comes before the fields, and its link takes the learner into the field.
  const above = await summary.evaluate(
    (box, field) => !!(box.compareDocumentPosition(field!) & Node.DOCUMENT_POSITION_FOLLOWING),
    await limit.elementHandle(),
  );
  expect(above).toBe(true);
  await summary.getByRole("link", { name: "New cards per day" }).click();
  await expect(limit).toBeFocused();
});
