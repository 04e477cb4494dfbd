import { expect, test, type Page } from "@playwright/test";
import { openReview } from "./review-ready";

/**
 * Holds every save of the review screen (server actions POST to /en/review) until the test lets it through, so
 * "a key pressed while a save is in flight" is a state the test controls, not a race it hopes to win. Each save
 * has its own gate, opened by the n-th release(): a request that reaches the route after the test released it
 * still goes through, and one that arrives later waits for the next release.
 */
async function holdSaves(page: Page) {
  const saves: string[] = [];
  let released = 0;
  const waiting: (() => void)[] = [];
  await page.route(
    (url) => /^\/(en|zh)\/review$/.test(url.pathname),
    async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      const index = saves.push(route.request().postData() ?? "") - 1;
      if (index >= released) await new Promise<void>((resolve) => (waiting[index] = resolve));
      await route.continue();
    },
  );
  return {
    saves,
    release() {
      waiting[released]?.();
      released += 1;
    },
  };
}

test("a key pressed while a rating is saving is refused out loud, never silently dropped", async ({ page }) => {
  const saves = await holdSaves(page);
  await openReview(page);
  const card = page.locator("article");
  const title = await page.getByRole("heading", { level: 2 }).textContent();
  await page.keyboard.press("Space");
  await page.keyboard.press("3");
  await expect(card.getByText("Saving…")).toBeVisible();
  await expect.poll(() => saves.saves.length).toBe(1);

  // The card on screen is about to be replaced: neither a second rating nor revealing again is taken.
  await page.keyboard.press("4");
  await expect(card.getByText("Still saving: that key was not taken.")).toBeVisible();
  expect(saves.saves).toHaveLength(1);

  saves.release();
  await expect(page.getByRole("heading", { level: 2 })).not.toHaveText(title ?? "");
  await expect(card.getByText("Still saving")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Show answer" })).toBeEnabled();
  expect(saves.saves).toHaveLength(1);
});

test("after Undo, the answer cannot be shown until the card taken back is on screen", async ({ page }) => {
  const saves = await holdSaves(page);
  await openReview(page);
  await page.keyboard.press("Space");
  await page.keyboard.press("3");
  saves.release();
  await expect(page.getByRole("button", { name: "Undo" })).toBeEnabled();
  const next = await page.getByRole("heading", { level: 2 }).textContent();

  await page.getByRole("button", { name: "Undo" }).click();
  // The reply has not arrived: showing the answer of the card it will replace would be undone a moment later.
  await expect(page.getByRole("button", { name: "Show answer" })).toBeDisabled();
  saves.release();
  await expect(page.getByRole("heading", { level: 2 })).not.toHaveText(next ?? "");
  await page.getByRole("button", { name: "Show answer" }).click();
  await page.keyboard.press("3");
  await expect(page.locator("article").getByText("Saving…")).toBeVisible();
  await expect.poll(() => saves.saves.length).toBe(3);
  saves.release();
  await expect(page.locator("article").getByText("Saving…")).toHaveCount(0);
});
