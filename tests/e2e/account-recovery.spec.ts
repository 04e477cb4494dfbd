import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { newPerson, signIn, signUp } from "./accounts";
import { linkIn, smtpPort, startMailCatcher } from "./mail-catcher";

// One SMTP server for the file, on the port the app sends to: the journeys run one after another in one worker.
test.describe.configure({ mode: "serial", timeout: 90_000 });

let mail: Awaited<ReturnType<typeof startMailCatcher>>;
test.beforeAll(async ({ baseURL }) => {
  mail = await startMailCatcher(smtpPort(Number(new URL(baseURL!).port)));
});
test.afterAll(async () => {
  await mail?.close();
});

const signInLink = (page: Page) =>
  page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in", exact: true });
const accountLink = (page: Page) =>
  page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Account", exact: true });

/** The link's page on the server under test (the mail names the site as `http://localhost:<port>`). */
const pathOf = (link: string) => {
  const url = new URL(link);
  return url.pathname + url.search;
};

/** Moves a reset link's expiry into the past in the e2e database, as if its time had run out. */
function expireResetLink(link: string): void {
  const token = new URL(link).searchParams.get("token")!;
  const db = new Database("data/e2e.db", { timeout: 5000 });
  try {
    const id = `reset-password:${token}`;
    const row = db.prepare("SELECT expiresAt FROM verification WHERE identifier = ?").get(id) as { expiresAt: string };
    // Same stored format, a past year: the app compares it with the server's clock as usual.
    db.prepare("UPDATE verification SET expiresAt = ? WHERE identifier = ?").run(
      row.expiresAt.replace(/^\d{4}/, "2020"),
      id,
    );
  } finally {
    db.close();
  }
}

async function askForResetLink(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page.getByRole("heading", { name: "Reset your password" })).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByRole("status").filter({ hasText: /\S/ })).toContainText(
    `If an account uses ${email}, a link to set a new password is on its way.`,
  );
}

test("a reset link arrives by email, works once, signs out every browser; a used or expired link says so", async ({
  page,
  browser,
}) => {
  const person = newPerson("Reset");
  const other = await browser.newContext({ locale: "en-US" });
  const signedIn = await other.newPage();
  await signUp(signedIn, person);

  // An address with no account gets the same answer, and no mail.
  const nobody = `nobody-${Date.now()}@example.com`;
  await askForResetLink(page, nobody);
  await askForResetLink(page, person.email);

  const message = await mail.nth(person.email, 1);
  expect(message.subject).toBe("Reset your Goldmine password");
  const link = linkIn(message, "/en/reset-password?token=");
  expect(message.text).toContain("The link works once, for 60 minutes.");

  await page.goto(pathOf(link));
  await expect(page.getByRole("heading", { name: "Set a new password" })).toBeVisible();
  // The password policy applies here as at sign-up, and the typed value stays.
  await page.getByLabel("New password").fill("password1234");
  await page.getByRole("button", { name: "Set the new password" }).click();
  await expect(page.getByLabel("New password")).toHaveAccessibleDescription(/This password is easy to guess/);
  await expect(page.getByLabel("New password")).toHaveValue("password1234");
  const newPassword = `harbor-quill-${Date.now()}`;
  await page.getByLabel("New password").fill(newPassword);
  await page.getByRole("button", { name: "Set the new password" }).click();
  await expect(page.getByRole("status").filter({ hasText: /\S/ })).toContainText(
    "Your password was changed, and every browser was signed out.",
  );

  // The browser that was signed in with the old password is signed out.
  await signedIn.reload();
  await expect(signInLink(signedIn)).toBeVisible();
  await other.close();

  // The link works once.
  await page.goto(pathOf(link));
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(
    "This reset link has expired or was already used.",
  );
  await expect(page.getByLabel("New password")).toHaveCount(0);

  // The old password no longer opens the account; the new one does.
  await page.getByRole("link", { name: "Ask for a new link" }).click();
  await expect(page.getByRole("heading", { name: "Reset your password" })).toBeVisible();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("The email or password is not right.");
  await signIn(page, { email: person.email, password: newPassword });

  // A link whose time has run out says so, and offers a new one.
  await page.context().clearCookies();
  await askForResetLink(page, person.email);
  const late = linkIn(await mail.nth(person.email, 2), "/en/reset-password?token=");
  await page.goto(pathOf(late));
  await expect(page.getByLabel("New password")).toBeVisible();
  expireResetLink(late);
  // Even with the form already open, the expired link is refused when it is sent.
  await page.getByLabel("New password").fill(`late-lantern-${Date.now()}`);
  await page.getByRole("button", { name: "Set the new password" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(
    "This reset link has expired or was already used. Ask for a new one.",
  );
  await page.reload();
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(
    "This reset link has expired or was already used.",
  );
  await expect(page.getByRole("link", { name: "Ask for a new link" })).toBeVisible();

  expect(mail.to(nobody)).toEqual([]);
});

test("changing the password needs the current one, signs out the other browsers and keeps this one", async ({
  page,
  browser,
}) => {
  const person = newPerson("Change");
  await signUp(page, person);
  const other = await browser.newContext({ locale: "en-US" });
  const second = await other.newPage();
  await signIn(second, person);

  await page.goto("/account");
  await expect(page.getByText("You are signed in on 2 browsers.")).toBeVisible();
  const form = page.getByRole("form", { name: "Change password" });
  await form.getByLabel("Current password").fill("not-my-password-1");
  const newPassword = `meadow-anchor-${Date.now()}`;
  await form.getByLabel("New password").fill(newPassword);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByLabel("Current password")).toHaveAccessibleDescription("This is not your current password.");
  await expect(form.getByLabel("New password")).toHaveValue(newPassword);

  await form.getByLabel("Current password").fill(person.password);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByRole("status")).toHaveText("Password changed. Every other browser was signed out.");
  await expect(form.getByLabel("Current password")).toHaveValue("");

  // This browser stays signed in; the other one is signed out.
  await page.reload();
  await expect(accountLink(page)).toBeVisible();
  await expect(page.getByText("You are signed in on 1 browser.")).toBeVisible();
  await second.reload();
  await expect(signInLink(second)).toBeVisible();
  await signIn(second, { email: person.email, password: newPassword });
  await other.close();
});

test("an email change is confirmed from the new address before it takes effect", async ({ page }) => {
  const person = newPerson("Move");
  await signUp(page, person);
  await page.goto("/account");
  const form = page.getByRole("form", { name: "Change email" });
  await form.getByLabel("New email address").fill(person.email);
  await form.getByRole("button", { name: "Send the confirmation link" }).click();
  await expect(form.getByLabel("New email address")).toHaveAccessibleDescription("This is already your email address.");

  const moved = `moved-${Date.now()}@example.com`;
  await form.getByLabel("New email address").fill(moved);
  await form.getByRole("button", { name: "Send the confirmation link" }).click();
  await expect(form.getByRole("status")).toHaveText(
    `If ${moved} can be used, a confirmation link is on its way to it. Your email stays ${person.email} until you follow it.`,
  );
  const message = await mail.nth(moved, 1);
  expect(message.subject).toBe("Confirm your new Goldmine email address");
  expect(mail.to(person.email)).toEqual([]);
  await page.reload();
  await expect(page.getByText(`(${person.email})`)).toBeVisible();

  await page.goto(pathOf(linkIn(message, "/en/confirm-email?token=")));
  await page.getByRole("button", { name: "Use this email address" }).click();
  await expect(page.getByRole("status").filter({ hasText: /\S/ })).toContainText("Your email address was changed.");
  await page.goto("/account");
  await expect(page.getByText(`(${moved})`)).toBeVisible();
  await page.context().clearCookies();
  await signIn(page, { email: moved, password: person.password });
});
