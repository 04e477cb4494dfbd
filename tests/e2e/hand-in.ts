import { expect, type Page } from "@playwright/test";

/**
 * "Finish quiz" for journeys about something else: with questions left unanswered the runner asks first, and this
 * confirms; either way the result page opens.
 */
export async function handIn(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Finish quiz" }).click();
  const dialog = page.getByRole("dialog", { name: "Hand in the quiz?" });
  await expect(dialog.or(page.getByRole("heading", { level: 1, name: /^Result:/ }))).toBeVisible();
  if (await dialog.isVisible()) await dialog.getByRole("button", { name: "Hand in anyway" }).click();
  await expect(page).toHaveURL(/\/result$/);
}
