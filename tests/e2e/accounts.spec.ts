import { expect, test, type Page } from "@playwright/test";
import { newPerson, setRole, signIn, signUp } from "./accounts";
import { openReview } from "./review-ready";

const dueCount = async (page: Page) =>
  Number(/\d+/.exec((await page.getByTestId("due-count").textContent()) ?? "")?.[0] ?? 0);

test("signing up keeps the anonymous progress, and signing in on a second browser shows it", async ({
  page,
  browser,
}) => {
  await openReview(page);
  const fresh = await dueCount(page);
  for (let i = 1; i <= 2; i++) {
    await page.getByRole("button", { name: "Show answer" }).click();
    await page.getByRole("button", { name: "Easy", exact: true }).click();
    await expect(page.getByTestId("due-count")).toHaveText(new RegExp(`^${fresh - i} cards? due today`));
  }
  const person = newPerson("Lin");
  await signUp(page, person, "/review");
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByTestId("due-count")).toHaveText(new RegExp(`^${fresh - 2} cards due today`));

  const other = await browser.newContext({ locale: "en-US" });
  const second = await other.newPage();
  await second.goto("/review");
  await expect(second.getByTestId("due-count")).toHaveText(new RegExp(`^${fresh} cards due today`));
  await signIn(second, person, "/review");
  await expect(second.getByTestId("due-count")).toHaveText(new RegExp(`^${fresh - 2} cards due today`));
  await other.close();

  // Signed out, this browser no longer shows the account's progress.
  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in", exact: true }),
  ).toBeVisible();
  await page.goto("/review");
  await expect(page.getByTestId("due-count")).toHaveText(new RegExp(`^${fresh} cards due today`));
});

test("the sign-up form explains each bad field next to it and keeps what was typed", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Ada");
  await page.getByLabel("Email").fill("ada@");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.getByLabel("Email")).toHaveAccessibleDescription("Enter an email address like name@example.com.");
  await expect(page.getByLabel("Password")).toHaveAccessibleDescription(/Use at least 10 characters\./);
  await expect(page.getByLabel("Name")).toHaveValue("Ada");
  await expect(page.getByLabel("Email")).toHaveValue("ada@");

  await page.getByLabel("Email").fill("ada@example.com");
  // Long enough, but guessed at once: a common password, a repeated character, the account's own email.
  for (const guessable of ["password1234", "aaaaaaaaaa", "ada@example.com"]) {
    await page.getByLabel("Password").fill(guessable);
    await page.getByRole("button", { name: "Sign up" }).click();
    await expect(page.getByLabel("Password")).toHaveAccessibleDescription(/This password is easy to guess/);
  }
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in", exact: true }),
  ).toBeVisible();
});

test("a wrong password and an unknown email get the same answer", async ({ page, browser }) => {
  const person = newPerson("Kai");
  const other = await browser.newContext({ locale: "en-US" });
  await signUp(await other.newPage(), person);
  await other.close();

  const messages: string[] = [];
  for (const email of [person.email, `nobody-${Date.now()}@example.com`]) {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("not-the-password-1");
    await page.getByRole("button", { name: "Sign in" }).click();
    const alert = page.getByRole("alert").filter({ hasText: /\S/ });
    await expect(alert).toHaveText("The email or password is not right.");
    messages.push((await alert.textContent()) ?? "");
  }
  expect(messages[0]).toBe(messages[1]);
});

test("signing out of all devices ends the other browser's session too", async ({ page, browser }) => {
  const person = newPerson("Sam");
  await signUp(page, person);
  const other = await browser.newContext({ locale: "en-US" });
  const second = await other.newPage();
  await signIn(second, person);
  await page.goto("/account");
  await expect(page.getByText("You are signed in on 2 browsers.")).toBeVisible();
  await page.getByRole("button", { name: "Sign out of all devices" }).click();
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in", exact: true }),
  ).toBeVisible();
  await second.reload();
  await expect(
    second.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in", exact: true }),
  ).toBeVisible();
  await other.close();
});

test("session cookies are httpOnly and SameSite=Lax", async ({ page, context }) => {
  await signUp(page, newPerson("Noor"));
  const session = (await context.cookies()).find((c) => c.name.endsWith("better-auth.session_token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
});

test("an admin grants the instructor role on the admin page; others cannot see that page", async ({
  page,
  browser,
}) => {
  const admin = newPerson("Admin");
  const teacher = newPerson("Teacher");
  const other = await browser.newContext({ locale: "en-US" });
  const teacherPage = await other.newPage();
  await signUp(teacherPage, teacher);
  expect((await teacherPage.goto("/admin/users"))?.status()).toBe(404);

  await signUp(page, admin);
  setRole(admin.email, "admin");
  await page.goto("/admin/users");
  const row = page.getByRole("row", { name: new RegExp(teacher.name) });
  await expect(row.getByRole("cell", { name: "Candidate", exact: true })).toBeVisible();
  await page.getByRole("button", { name: `Make ${teacher.name} an instructor` }).click();
  await expect(page.getByRole("status").filter({ hasText: `Saved: ${teacher.name} is now Instructor.` })).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole("row", { name: new RegExp(teacher.name) }).getByRole("cell", { name: "Instructor", exact: true }),
  ).toBeVisible();

  // The check is in the action, not only the page: the teacher, no admin, replays the admin's own "make
  // instructor" request for themselves after losing the role, and it changes nothing.
  const sent = page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await page.getByRole("button", { name: `Remove ${teacher.name}'s instructor role` }).click();
  const removal = await sent;
  await expect(page.getByRole("status").filter({ hasText: `Saved: ${teacher.name} is now Candidate.` })).toBeVisible();
  const headers = await removal.allHeaders();
  const grant = removal.postData()!.replace('"role":"candidate"', '"role":"instructor"');
  expect(grant).toContain('"role":"instructor"');
  const replay = await teacherPage.request.post(removal.url(), {
    headers: {
      "next-action": headers["next-action"]!,
      "content-type": headers["content-type"]!,
      accept: "text/x-component",
      origin: new URL(removal.url()).origin,
    },
    data: grant,
  });
  expect(await replay.text()).toContain("Only admins can do this.");
  await teacherPage.goto("/account");
  await expect(teacherPage.getByText("Role: Candidate")).toBeVisible();
  await other.close();
});

test("a sign-up posted from another site, or with a null or missing Origin, is refused by the running server", async ({
  page,
  playwright,
  baseURL,
}) => {
  // Record the real request the sign-up form sends, then replay it outside the browser with other origins.
  const person = newPerson("Origin");
  const sent = page.waitForRequest((r) => r.method() === "POST" && r.url().includes("/sign-up"));
  await signUp(page, person);
  const request = await sent;
  const headers = await request.allHeaders();
  const body = request.postDataBuffer()!.toString("utf8");
  const api = await playwright.request.newContext({ baseURL });
  const replay = async (origin: string | undefined) => {
    const fresh = newPerson("Replay");
    const forwarded: Record<string, string> = {
      "content-type": headers["content-type"]!,
      "next-action": headers["next-action"]!,
      accept: headers["accept"] ?? "text/x-component",
    };
    if (origin) forwarded.origin = origin;
    const response = await api.post(request.url(), {
      headers: forwarded,
      data: body.replaceAll(person.email, fresh.email),
      maxRedirects: 0,
    });
    const created = (await response.headersArray()).some(
      (h) => h.name.toLowerCase() === "set-cookie" && h.value.includes("session_token"),
    );
    return { created, email: fresh.email };
  };
  // The control: the same replay from this site's own origin does create an account, so the refusals below are real.
  expect((await replay(new URL(baseURL!).origin)).created).toBe(true);
  for (const origin of ["https://evil.example", "null", undefined]) {
    const { created, email } = await replay(origin);
    expect(created, `origin ${origin ?? "(none)"}`).toBe(false);
    // No account was made either: signing in with it fails.
    await page.context().clearCookies();
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("whatever-password-1");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("The email or password is not right.");
  }
  await api.dispose();
});
