import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { newPerson, signUp } from "./accounts";
import { buildClassroom } from "./classroom-world";
import { snapshot } from "./content-lookup";
import { openReview } from "./review-ready";

const dueCount = async (page: Page) =>
  Number(/\d+/.exec((await page.getByTestId("due-count").textContent()) ?? "")?.[0] ?? 0);

/** Rates the first card Easy and waits until the server has it. */
async function rateOneCard(page: Page) {
  await openReview(page);
  const before = await dueCount(page);
  await page.getByRole("button", { name: "Show answer" }).click();
  await page.getByRole("button", { name: "Easy", exact: true }).click();
  await expect(page.getByTestId("due-count")).toHaveText(new RegExp(`^${before - 1} cards? due today`));
  await expect(page.getByTestId("sync-status")).toHaveText("All saved");
  return before;
}

test("Download my data gives a dated JSON file holding the account and its flashcard rating", async ({ page }) => {
  test.setTimeout(120_000);
  const person = newPerson("Exporter");
  await signUp(page, person);
  await rateOneCard(page);
  await page.goto("/account");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download my data" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^goldmine-my-data-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(readFileSync((await file.path())!, "utf8"));
  expect(data.account).toMatchObject({ name: person.name, email: person.email, role: "candidate" });
  expect(data.reviews).toHaveLength(1);
  expect(data.reviews[0]).toMatchObject({ rating: 4, undoneAt: null });
  expect(snapshot().questions.map((q) => q.id)).toContain(data.reviews[0].questionId);
  expect(JSON.stringify(data)).not.toContain(person.password);
});

test("deleting an account takes the typed email, signs out for good, and the gradebook keeps a Deleted student row", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const world = await buildClassroom(browser);
  const student = await (await browser.newContext({ storageState: world.studentState })).newPage();
  await student.goto("/account");
  const open = student.getByRole("button", { name: "Delete my account…" });
  await open.click();
  const dialog = student.getByRole("dialog", { name: "Delete your account for good?" });
  await expect(dialog).toBeVisible();
  const email = dialog.getByRole("textbox", { name: "Your email address" });
  await expect(email).toBeFocused();
  await email.fill("not-me@example.com");
  await dialog.getByRole("button", { name: "Delete my account", exact: true }).click();
  await expect(dialog.getByText("This is not the email address of your account.", { exact: false })).toBeVisible();
  await expect(email).toHaveValue("not-me@example.com");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  // Escape closes without deleting; the account is still there.
  await student.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
  await open.click();
  await email.fill(world.student.email);
  await dialog.getByRole("button", { name: "Delete my account", exact: true }).click();
  await expect(student).toHaveURL(/\/en$/);
  await expect(student.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" })).toBeVisible();

  await student.goto("/sign-in");
  await student.getByLabel("Email").fill(world.student.email);
  await student.getByLabel("Password").fill(world.student.password);
  await student.getByRole("button", { name: "Sign in" }).click();
  await expect(student.getByText("The email or password is not right.")).toBeVisible();

  const teacher = await (await browser.newContext({ storageState: world.teacherState })).newPage();
  await teacher.goto(world.gradebookUrl);
  const row = teacher.getByRole("row", { name: /Deleted student/ });
  await expect(row).toBeVisible();
  await expect(row.getByRole("cell").nth(1)).toHaveText("Submitted");
  await expect(teacher.getByText(world.student.name)).toHaveCount(0);
  // The deletion is in the audit log, which the teacher (an admin in this world) can read.
  await teacher.goto("/admin/audit?kind=account_deleted");
  await expect(teacher.getByRole("row", { name: /Account deleted/ }).first()).toBeVisible();
});

test("an anonymous learner resets their progress after confirming", async ({ page }) => {
  test.setTimeout(120_000);
  const before = await rateOneCard(page);
  await page.goto("/settings");
  await page.getByRole("button", { name: "Reset my progress…" }).click();
  const dialog = page.getByRole("dialog", { name: "Reset your progress?" });
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole("button", { name: "Reset my progress…" }).click();
  await dialog.getByRole("button", { name: "Reset my progress", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your progress was reset" })).toBeVisible();
  await openReview(page);
  await expect(page.getByTestId("due-count")).toHaveText(new RegExp(`^${before} cards? due today`));
});

test("a signed-in person never sees the anonymous reset, and the export refuses another site", async ({
  page,
  request,
}) => {
  const refused = await request.post("/api/me/export", { headers: { origin: "https://evil.example" } });
  expect(refused.status()).toBe(403);
  const person = newPerson("Signed");
  await signUp(page, person);
  await page.goto("/settings");
  await expect(page.getByRole("heading", { level: 1, name: "Study settings" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Reset my progress…" })).toHaveCount(0);
});
