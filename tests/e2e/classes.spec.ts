import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { handIn } from "./hand-in";
import { expect, test, type Page } from "@playwright/test";
import { localInput } from "./local-time";
import { setRole } from "./accounts";
import { msg } from "./page-types";
import { withoutLocale } from "./content-lookup";

// Two people in two browser contexts: an instructor runs a class and assigns a quiz; a candidate joins through
// the shared link and takes it. The e2e database starts empty, so both sign up through the UI.
test.describe.configure({ timeout: 180_000 });

const PASSWORD = "amber lantern 7 quiet rivers";

async function signUp(page: Page, name: string, email: string, next: string) {
  await page.goto(`/sign-up?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[/?]/g, "\\$&")}$`));
}

async function noAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`),
  ).toEqual([]);
}

test("an instructor creates a class and assigns a quiz; a candidate joins by link and takes it", async ({
  browser,
}) => {
  const id = randomUUID().slice(0, 8);
  const teacherEmail = `teacher-${id}@example.test`;
  const teacher = await (await browser.newContext()).newPage();
  const student = await (await browser.newContext()).newPage();

  // Anonymous visitors are asked to sign in.
  await teacher.goto("/classes");
  await expect(teacher.getByRole("main").getByRole("link", { name: msg("en", "classes.list.signIn") })).toHaveAttribute(
    "href",
    "/en/sign-in?next=%2Fclasses",
  );

  await signUp(teacher, "Ms Lin", teacherEmail, "/classes");
  setRole(teacherEmail, "instructor");
  await teacher.reload();

  // An empty name is refused next to the field; then the class is made.
  await teacher.getByRole("button", { name: "Create class" }).click();
  await expect(teacher.getByText(msg("en", "classes.create.fieldErrors.name"))).toBeVisible();
  await teacher.getByLabel("Class name").fill(`Interview prep ${id}`);
  await teacher.getByRole("button", { name: "Create class" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: `Interview prep ${id}` })).toBeVisible();
  const joinLink = (await teacher.getByText(/\/join\/[2-9A-Z]{8}$/).textContent())!.trim();
  await noAxeViolations(teacher);

  // Assigning: a due date before the opening is an error on the due date, and what was typed stays.
  await teacher.getByRole("link", { name: "Assign quiz" }).click();
  await teacher.getByLabel("Title").fill(`Week 1 ${id}`);
  await teacher.getByLabel("Opens", { exact: true }).fill(await localInput(teacher, -5));
  await teacher.getByLabel("Due", { exact: true }).fill(await localInput(teacher, -10));
  await teacher.getByRole("button", { name: "Assign quiz" }).click();
  await expect(teacher.getByText(msg("en", "classes.assign.fieldErrors.dueBeforeOpening"))).toBeVisible();
  await expect(teacher.getByLabel("Title")).toHaveValue(`Week 1 ${id}`);
  await expect(teacher.getByLabel("Due", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await noAxeViolations(teacher);
  await teacher.getByLabel("Due", { exact: true }).fill(await localInput(teacher, 60 * 24));
  await teacher.getByRole("button", { name: "Assign quiz" }).click();
  await expect(teacher.getByRole("link", { name: `Week 1 ${id}`, exact: true })).toBeVisible();
  await expect(teacher.getByRole("row", { name: new RegExp(`Week 1 ${id}`) })).toContainText("0 of 0");

  // The candidate follows the link, signs up on the way, and joins.
  await student.goto(new URL(joinLink).pathname);
  await expect(student.getByText(`Interview prep ${id}`)).toBeVisible();
  await expect(
    student.getByRole("main").getByRole("link", { name: msg("en", "classes.joinPage.signIn") }),
  ).toHaveAttribute("href", `/en/sign-in?next=${encodeURIComponent(new URL(joinLink).pathname)}`);
  await signUp(student, "Wei", `wei-${id}@example.test`, new URL(joinLink).pathname);
  await noAxeViolations(student);
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.getByRole("heading", { level: 1, name: `Interview prep ${id}` })).toBeVisible();

  // Assigned to me, from the home page: its heading and each title are links to the full list, at that row.
  await student.goto("/");
  const assigned = student.getByRole("region", { name: "Assigned to me" });
  await expect(assigned.getByRole("link", { name: "Assigned to me" })).toHaveAttribute("href", "/en/assignments");
  await assigned.getByRole("link", { name: `Week 1 ${id}` }).click();
  await expect(student).toHaveURL(/\/assignments#assignment-[^/]+$/);
  // Start, answer nothing, finish, see the result.
  const row = student.getByRole("row", { name: new RegExp(`Week 1 ${id}`) });
  await expect(row).toContainText("Not started");
  await expect(row).toContainText("0 of 1");
  await noAxeViolations(student);
  await row.getByRole("button", { name: "Start" }).click();
  await expect(student).toHaveURL(/\/attempts\/[^/]+$/);
  await handIn(student);
  await expect(student.getByText(/^Submitted /)).toBeVisible();
  await student.goto("/assignments");
  await expect(student.getByRole("row", { name: new RegExp(`Week 1 ${id}`) })).toContainText("Submitted");
  await expect(
    student.getByRole("row", { name: new RegExp(`Week 1 ${id}`) }).getByRole("link", { name: "View result" }),
  ).toBeVisible();

  // The same list in Chinese, with its dates in the student's zone and language.
  // The address names its language; the one without a language follows the remembered choice.
  await student.context().addCookies([{ name: "NEXT_LOCALE", value: "zh", url: new URL(student.url()).origin }]);
  await student.goto("/assignments");
  await expect(student.getByRole("heading", { level: 1, name: msg("zh", "classes.mine.title") })).toBeVisible();
  await expect(student.getByRole("row", { name: new RegExp(`Week 1 ${id}`) })).toContainText(
    msg("zh", "classes.mine.statuses.submitted"),
  );
  await noAxeViolations(student);
  // On a small phone the table scrolls in its own box; the page itself never scrolls sideways.
  await student.setViewportSize({ width: 360, height: 740 });
  expect(await student.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await teacher.setViewportSize({ width: 360, height: 740 });
  await teacher.reload();
  expect(await teacher.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await teacher.setViewportSize({ width: 1280, height: 720 });

  // The instructor sees the student on the roster and the submission counted; removing them takes access away.
  await teacher.reload();
  await expect(teacher.getByRole("row", { name: new RegExp(`Week 1 ${id}`) })).toContainText("1 of 1");
  await expect(teacher.getByRole("row", { name: /Wei/ })).toContainText(`wei-${id}@example.test`);
  teacher.once("dialog", (d) => void d.accept());
  await teacher.getByRole("row", { name: /Wei/ }).getByRole("button", { name: "Remove" }).click();
  await expect(teacher.getByText(msg("en", "classes.detail.rosterEmpty"))).toBeVisible();
  await student.goto("/assignments");
  await expect(student.getByText(msg("zh", "classes.mine.empty"))).toBeVisible();
  // The class page is now "not found" for them, as for anyone outside the class.
  await student.goto(withoutLocale(new URL(teacher.url()).pathname));
  await expect(student.getByRole("heading", { level: 1, name: msg("zh", "errors.notFoundTitle") })).toBeVisible();
});
