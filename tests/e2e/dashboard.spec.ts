import { expect, test, type Page } from "@playwright/test";
import { openReview } from "./review-ready";

const dueCount = async (page: Page) =>
  Number(/\d+/.exec((await page.getByTestId("due-count").textContent()) ?? "")?.[0] ?? 0);

/** Shows the current card's answer and rates it with the keyboard, waiting until the next card is up. */
async function rate(page: Page, key: "1" | "4") {
  const title = await page.getByRole("heading", { level: 2 }).textContent();
  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: "Easy", exact: true })).toBeVisible();
  await page.keyboard.press(key);
  await expect(page.getByRole("heading", { level: 2 })).not.toHaveText(title ?? "");
}

test("after three cards rated Easy and one Again, the dashboard shows today's reviews, a one-day streak and the review page's due count", async ({
  page,
}) => {
  await openReview(page);
  for (const key of ["4", "4", "4", "1"] as const) await rate(page, key);
  const dueOnReview = await dueCount(page);
  // The dashboard is drawn on the server: wait until the ratings have left the device's outbox.
  await expect(page.getByTestId("sync-status")).toHaveText("All saved");

  await page.getByRole("navigation").getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your progress" })).toBeVisible();
  await expect(page.getByTestId("reviews-today")).toHaveText("4");
  await expect(page.getByTestId("streak")).toHaveText("1 day");
  await expect(page.getByTestId("due-today")).toHaveText(String(dueOnReview));
  // Scheduled by the end of tomorrow: only the card rated Again (Easy puts a new card days ahead).
  await expect(page.getByTestId("due-tomorrow")).toHaveText("1");

  const heatmap = page.getByRole("img", { name: /Reviews over the past year/ });
  await expect(heatmap).toHaveAccessibleName(/4 reviews on 1 of the last 365 study days/);
  const section = page.getByRole("region", { name: "Reviews over the past year" });
  await section.getByText("Show as table").click();
  const table = section.getByRole("table", { name: /Reviews per study day/ });
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table.getByRole("row").nth(1).getByRole("cell")).toHaveText("4");

  // The workload ahead is simulated: the cards rated come back, and new cards come at the daily limit.
  await expect(page.getByRole("img", { name: /Workload in the next 30 days/ })).toHaveAccessibleName(
    /\d+ cards to study in the next 30 days/,
  );
  // Every chart spans its card's width (inside the card's padding), none drawn at half of it.
  const charts = page.locator("section > div > svg[role=img]");
  expect(await charts.count()).toBeGreaterThanOrEqual(3);
  for (const chart of await charts.all()) {
    const { svg, card } = await chart.evaluate((el) => {
      const section = el.closest("section")!;
      const style = getComputedStyle(section);
      const inner = section.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { svg: el.getBoundingClientRect().width, card: inner };
    });
    expect(svg).toBeGreaterThanOrEqual(card - 1);
  }
  const weakest = page.getByRole("region", { name: "Weakest questions" });
  await expect(weakest.getByRole("row")).toHaveCount(5);
  await weakest.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/questions\//);
});

test("a visitor who has not studied yet gets a welcome with zeros and the way to start", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Nothing to show yet" })).toBeVisible();
  await expect(page.getByTestId("reviews-today")).toHaveText("0");
  await expect(page.getByTestId("streak")).toHaveText("0 days");
  await expect(page.getByTestId("due-tomorrow")).toHaveText("0");
  await expect(page.getByRole("img")).toHaveCount(0);
  await page.getByRole("link", { name: "Start reviewing flashcards" }).click();
  await expect(page).toHaveURL(/\/review$/);
  await page.goBack();
  await page.getByRole("link", { name: "Take a quiz" }).click();
  await expect(page).toHaveURL(/\/quizzes$/);
  await context.close();
});

test("before the first rating, the dashboard names the browser's time zone, not UTC", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-US", timezoneId: "Asia/Shanghai" });
  const page = await context.newPage();
  await page.goto("/dashboard");
  const intro = page.getByText(/^A study day runs from 04:00 to 04:00 in your time zone/);
  await expect(intro).toHaveText("A study day runs from 04:00 to 04:00 in your time zone (Asia/Shanghai).");
  await context.close();
});
