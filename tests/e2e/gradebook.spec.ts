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

test("an instructor reads the gradebook, exports it, grades an open answer, and the student sees the grade", async ({
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
          score: 1,
          selfGrade: "correct",
          contentHash: "e2e",
          contentLang: "en",
        },
      ],
    });
  } finally {
    await db.$disconnect();
  }

  const gradebookUrl = `/classes/${classId}/assignments/${assignmentId}`;
  // The student is a member, not the owner: the gradebook does not exist for them.
  expect((await student.goto(gradebookUrl))!.status()).toBe(404);
  expect((await student.request.get(`${gradebookUrl}/gradebook.csv`)).status()).toBe(404);

  await teacher.goto(gradebookUrl);
  await expect(teacher.getByRole("heading", { level: 1, name: `Gradebook: Week 1 ${stamp}` })).toBeVisible();
  const row = teacher.getByRole("row", { name: /王小明, Jr\./ });
  await expect(row.getByRole("cell", { name: "100%" })).toBeVisible();
  await expect(row.getByRole("cell", { name: "1:35" })).toBeVisible();
  await expect(teacher.getByText("Not enough students: discrimination needs at least 3 submissions.")).toBeVisible();
  expect(await violations(teacher)).toEqual([]);

  const csv = await teacher.request.get(
    (await teacher.getByRole("link", { name: "Export CSV" }).getAttribute("href")) as string,
  );
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-disposition"]).toContain(`filename="Week-1-${stamp}-gradebook.csv"`);
  const body = await csv.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = body.toString("utf8").slice(1).split("\r\n");
  expect(lines[0]).toMatch(/^Name,Email,Status,Score %,Time taken,Submitted at,Late,/);
  expect(lines[1]).toMatch(
    new RegExp(`^"王小明, Jr\\.",${studentEmail},Submitted,100,1:35,\\d{4}-\\d\\d-\\d\\dT[^,]+Z,no,1,1$`),
  );

  await row.getByRole("link", { name: "Answers of 王小明, Jr." }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: `王小明, Jr.: Week 1 ${stamp}` })).toBeVisible();
  await expect(teacher.getByText("Student's own grade: Correct")).toBeVisible();
  expect(await violations(teacher)).toEqual([]);
  const comment = "The model answer also names regularisation; half marks.";
  await teacher.getByRole("combobox", { name: "Score" }).selectOption({ label: "Partly (50%)" });
  await teacher.getByRole("textbox", { name: "Comment" }).fill(comment);
  await teacher.getByRole("button", { name: "Save grade" }).click();
  await expect(teacher.getByRole("status")).toHaveText("Grade saved.");
  await expect(teacher.getByText("Your grade: 50%")).toBeVisible();

  await teacher.goto(gradebookUrl);
  await expect(teacher.getByRole("row", { name: /王小明, Jr\./ }).getByRole("cell", { name: "75%" })).toBeVisible();

  await student.goto(`/attempts/${attemptId}/result`);
  await expect(student.getByText("Your instructor's grade: 50%")).toBeVisible();
  await expect(student.getByText(comment)).toBeVisible();
  await expect(student.getByRole("definition").filter({ hasText: "75%" })).toBeVisible();
});
