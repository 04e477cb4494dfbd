import { expect, type Page } from "@playwright/test";

/**
 * Opens the review screen and waits until it is interactive: the keyboard help is shown only once the keys and
 * buttons work. A key or click before hydration goes nowhere, which on a loaded machine made journeys flaky.
 */
export async function openReview(page: Page, path = "/review") {
  await page.goto(path);
  await expect(page.getByText(/^Keyboard: Space or Enter shows the answer/)).toBeVisible();
}
