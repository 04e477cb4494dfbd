import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { profileIdForUser } from "../../lib/auth/user-profile";
import { connectDatabase } from "../../lib/db/connect";
import { findQuestion } from "./content-lookup";
import { msg } from "./page-types";

// Two signed-in people: an instructor and a student. Classes and assignments are made in the database here (their
// pages are another area's); the student's finished attempt is stored the way the quiz runner stores it.
test.describe.configure({ timeout: 120_000 });

const PASSWORD = "Gradebook-e2e-Passphrase-42";
const E2E_DB = "data/e2e.db";

async function signUp(browser: Browser, name: string, email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "en-US" })).newPage();
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: msg("en", "auth.signUp.submit") }).click();
  await expect(page).not.toHaveURL(/sign-up/);
  return page;
}

async function violations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
}

test("a student's self-grade on an assignment changes no score until the instructor grades it in the queue; then the student sees grade and comment", async ({
  browser,
}) => {
  const stamp = randomUUID().slice(0, 8);
  const [teacherEmail, studentEmail] = [`teacher-${stamp}@example.com`, `student-${stamp}@example.com`];
  const teacher = await signUp(browser, "Tess Teacher", teacherEmail);
  const student = await signUp(browser, "王小明, Jr.", studentEmail);

  const open = findQuestion((q) => q.type === "open");
  const single = findQuestion((q) => q.type === "single");
  const correct = (single.langs.en ?? single.langs.zh)!.options!.findIndex((o) => o.correct);
  const [classId, assignmentId, attemptId] = [randomUUID(), randomUUID(), randomUUID()];
  // The server has migrated this database already. (`npm run user:role` migrates first, which fails while the
  // server holds the file, so the role is granted here directly.)
  const db = connectDatabase({ provider: "sqlite", file: E2E_DB });
  try {
    await db.user.update({ where: { email: teacherEmail }, data: { role: "instructor" } });
    const [owner, member] = await Promise.all([
      db.user.findUniqueOrThrow({ where: { email: teacherEmail } }),
      db.user.findUniqueOrThrow({ where: { email: studentEmail } }),
    ]);
    const questionIds = JSON.stringify([single.id, open.id]);
    const title = JSON.stringify({ zh: "第一周", en: `Week 1 ${stamp}` });
    await db.classroom.create({ data: { id: classId, name: "ML 101", ownerId: owner.id, joinCode: `E2E-${stamp}` } });
    await db.membership.create({ data: { classId, userId: member.id } });
    const now = Date.now();
    await db.assignment.create({
      data: {
        id: assignmentId,
        classId,
        title,
        source: JSON.stringify({ kind: "custom" }),
        questionIds,
        opensAt: new Date(now - 86_400_000),
        dueAt: new Date(now + 86_400_000),
      },
    });
    await db.quizAttempt.create({
      data: {
        id: attemptId,
        profileId: await profileIdForUser(db, member.id),
        title,
        mode: "exam",
        questionIds,
        elapsedMs: 95_000,
        startedAt: new Date(now - 600_000),
        finishedAt: new Date(now - 300_000),
        assignmentId,
      },
    });
    await db.quizAnswer.createMany({
      data: [
        {
          id: randomUUID(),
          attemptId,
          questionId: single.id,
          response: JSON.stringify({ type: "single", choice: correct }),
          score: 1,
          contentHash: "e2e",
          contentLang: "en",
        },
        {
          id: randomUUID(),
          attemptId,
          questionId: open.id,
          response: JSON.stringify({ type: "open", text: "Because it memorises noise." }),
          score: null,
          contentHash: "e2e",
          contentLang: "en",
        },
      ],
    });
  } finally {
    await db.$disconnect();
  }

  const gradebookUrl = `/classes/${classId}/assignments/${assignmentId}`;
  const resultUrl = `/attempts/${attemptId}/result`;
  const openTitle = new RegExp((open.langs.en ?? open.langs.zh)!.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  // The student is a member, not the owner: neither the gradebook nor the queue exists for them.
  expect((await student.goto(gradebookUrl))!.status()).toBe(404);
  expect((await student.goto(`${gradebookUrl}/grading`))!.status()).toBe(404);
  expect((await student.goto(`/classes/${classId}/grading`))!.status()).toBe(404);
  expect((await student.request.get(`${gradebookUrl}/gradebook.csv`)).status()).toBe(404);

  // The student grades her own open answer "Correct" on the result page: a note for the instructor, not a score.
  await student.goto(resultUrl);
  const score = student.getByRole("definition").first();
  await expect(score).toHaveText("50%");
  await expect(student.getByText("1 answer awaits your instructor's grade")).toBeVisible();
  await expect(student.getByText(/In a class assignment your instructor grades open and coding answers/)).toBeVisible();
  const openItem = student.getByRole("listitem").filter({ has: student.getByRole("heading", { name: openTitle }) });
  await openItem.getByRole("button", { name: "Correct" }).click();
  await expect(openItem.getByText("Your grade: correct")).toBeVisible();
  await student.reload();
  await expect(score).toHaveText("50%");
  await expect(student.getByRole("definition").filter({ hasText: "Awaiting grading" })).toBeVisible();
  await expect(openItem.getByText("Awaiting your instructor's grade")).toBeVisible();

  // Nowhere in the gradebook does the self-grade count: table, average, item analysis, CSV.
  await teacher.goto(gradebookUrl);
  await expect(teacher.getByRole("heading", { level: 1, name: `Gradebook: Week 1 ${stamp}` })).toBeVisible();
  const row = teacher.getByRole("row", { name: /王小明, Jr\./ });
  await expect(row.getByRole("cell", { name: /^50%/ })).toContainText("1 awaiting grading");
  await expect(row.getByRole("cell", { name: "1:35" })).toBeVisible();
  await expect(teacher.getByRole("definition").nth(1)).toHaveText("50%");
  const item = teacher.getByRole("row", { name: openTitle });
  await expect(item.getByRole("cell").first()).toHaveText("0%1 awaiting grading (counted 0)");
  expect(await violations(teacher)).toEqual([]);

  const csvHref = (await teacher.getByRole("link", { name: "Export CSV" }).getAttribute("href")) as string;
  const csvLine = async () => {
    const csv = await teacher.request.get(csvHref);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-disposition"]).toContain(`filename="ML-101-Week-1-${stamp}-gradebook.csv"`);
    const body = await csv.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = body.toString("utf8").slice(1).split("\r\n");
    expect(lines[0]).toMatch(/^Name,Email,Status,Score %,Awaiting grading,Time taken,Submitted at,Late,/);
    return lines[1];
  };
  // The submission time is the instructor's wall-clock time with its offset, never a bare UTC "Z".
  expect(await csvLine()).toMatch(
    new RegExp(
      `^"王小明, Jr\\.",${studentEmail},Submitted,50,1,1:35,\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d,no,1,awaiting grading$`,
    ),
  );

  // The class page leads to the queue; the queue is graded with the keyboard alone.
  await teacher.goto(`/classes/${classId}`);
  await teacher.getByRole("link", { name: "Needs grading (1)" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: "Needs grading: ML 101" })).toBeVisible();
  await expect(teacher.getByText("1 answer awaits grading.")).toBeVisible();
  await expect(teacher.getByText("Student's own grade (a note, not counted): Correct")).toBeVisible();
  await expect(teacher.getByRole("heading", { name: "Answer key" })).toBeVisible();
  await expect(teacher.getByText("Because it memorises noise.")).toBeVisible();
  expect(await violations(teacher)).toEqual([]);
  const comment = "The model answer also names regularisation; half marks.";
  await teacher.getByRole("radio", { name: "Correct (100%)" }).focus();
  await teacher.keyboard.press("ArrowRight");
  await expect(teacher.getByRole("radio", { name: "Partly (50%)" })).toBeChecked();
  await teacher.keyboard.press("Tab");
  await expect(teacher.getByRole("textbox", { name: "Comment for the student" })).toBeFocused();
  await teacher.keyboard.type(comment);
  await teacher.keyboard.press("Control+Enter");
  await expect(teacher.getByRole("status").filter({ hasText: "Grade saved." })).toContainText(
    "Nothing awaits grading.",
  );
  await expect(teacher.getByText("All caught up: every handed-in answer is graded.")).toBeVisible();
  expect(await violations(teacher)).toEqual([]);

  await teacher.goto(gradebookUrl);
  await expect(teacher.getByRole("row", { name: /王小明, Jr\./ }).getByRole("cell", { name: "75%" })).toBeVisible();
  await expect(teacher.getByRole("row", { name: openTitle }).getByRole("cell").first()).toHaveText("50%");
  expect(await csvLine()).toMatch(/,75,0,1:35,.*,no,1,0\.5$/);

  await student.goto(resultUrl);
  await expect(student.getByText("Your instructor's grade: 50%")).toBeVisible();
  await expect(student.getByText(comment)).toBeVisible();
  await expect(student.getByRole("definition").first()).toHaveText("75%");
});

test("the class page copies the join link with a visible confirmation and opens the gradebook", async ({ browser }) => {
  const stamp = randomUUID().slice(0, 8);
  const email = `owner-${stamp}@example.com`;
  const teacher = await signUp(browser, "Owen Owner", email);
  const [classId, assignmentId] = [randomUUID(), randomUUID()];
  const db = connectDatabase({ provider: "sqlite", file: E2E_DB });
  try {
    await db.user.update({ where: { email }, data: { role: "instructor" } });
    const owner = await db.user.findUniqueOrThrow({ where: { email } });
    await db.classroom.create({
      data: { id: classId, name: `Copy ${stamp}`, ownerId: owner.id, joinCode: `C-${stamp}` },
    });
    await db.assignment.create({
      data: {
        id: assignmentId,
        classId,
        title: JSON.stringify({ zh: "第二周", en: `Week 2 ${stamp}` }),
        source: JSON.stringify({ kind: "custom" }),
        questionIds: JSON.stringify([findQuestion((q) => q.type === "single").id]),
        opensAt: new Date(Date.now() - 3_600_000),
        dueAt: new Date(Date.now() + 86_400_000),
      },
    });
  } finally {
    await db.$disconnect();
  }
  await teacher.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await teacher.goto(`/classes/${classId}`);
  await teacher.getByRole("button", { name: "Copy join link" }).click();
  await expect(teacher.getByRole("status").filter({ hasText: "Join link copied." })).toBeVisible();
  expect(await teacher.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`/join/C-${stamp}$`));
  await teacher
    .getByRole("link", { name: `Gradebook of Week 2 ${stamp}` })
    .first()
    .click();
  await expect(teacher.getByRole("heading", { level: 1, name: `Gradebook: Week 2 ${stamp}` })).toBeVisible();
});
