import { expect, type Browser, type BrowserContext } from "@playwright/test";
import { newPerson, setRole, signUp, type Person } from "./accounts";
import { findQuestion, withoutLocale } from "./content-lookup";
import { localInput } from "./local-time";

export type ClassroomWorld = {
  teacher: Person;
  student: Person;
  classUrl: string;
  joinPath: string;
  gradebookUrl: string;
  answersUrl: string;
  resultUrl: string;
  teacherState: Awaited<ReturnType<BrowserContext["storageState"]>>;
  studentState: Awaited<ReturnType<BrowserContext["storageState"]>>;
};

/**
 * A class with one submitted assignment, made through the UI: an instructor (also an admin, so the admin page
 * can be visited) and a student who joined and handed in. Signed-in sessions are returned as storage states.
 */
export async function buildClassroom(browser: Browser): Promise<ClassroomWorld> {
  const open = findQuestion((q) => q.type === "open");
  const single = findQuestion((q) => q.type === "single");
  const teacher = newPerson("Teacher");
  const student = newPerson("Student");
  const t = await (await browser.newContext({ locale: "en-US" })).newPage();
  const s = await (await browser.newContext({ locale: "en-US" })).newPage();

  await signUp(t, teacher, "/classes");
  setRole(teacher.email, "admin");
  await t.reload();
  await t.getByLabel("Class name").fill(`Axe class ${teacher.name.split(" ")[1]}`);
  await t.getByRole("button", { name: "Create class" }).click();
  await expect(t.getByRole("heading", { level: 1, name: `Axe class ${teacher.name.split(" ")[1]}` })).toBeVisible();
  const joinText = (await t.getByText(/\/join\/[2-9A-Z]{8}$/).textContent())!.trim();
  const classUrl = withoutLocale(new URL(t.url()).pathname);
  await t.getByRole("link", { name: "Assign quiz" }).click();
  await t.getByLabel("Title").fill("Axe week");
  await t.getByRole("radio", { name: "A custom selection" }).check();
  await t.getByLabel("Question ids").fill(`${single.id} ${open.id}`);
  await t.getByLabel("Number of questions").fill("2");
  await t.getByLabel("Opens", { exact: true }).fill(await localInput(t, -5));
  await t.getByLabel("Due", { exact: true }).fill(await localInput(t, 24 * 60));
  await t.getByRole("button", { name: "Assign quiz" }).click();
  await t.getByRole("link", { name: "Axe week", exact: true }).click();
  await expect(t).toHaveURL(/\/assignments\/[^/]+$/);
  const gradebookUrl = withoutLocale(new URL(t.url()).pathname);

  const joinPath = new URL(joinText).pathname;
  await signUp(s, student, joinPath);
  await s.getByRole("button", { name: "Join class" }).click();
  await expect(s).toHaveURL(new RegExp(`${classUrl}$`));
  await s.goto("/assignments");
  await s
    .getByRole("row", { name: /Axe week/ })
    .getByRole("button", { name: "Start" })
    .click();
  await expect(s).toHaveURL(/\/attempts\/[^/]+$/);
  const section = s.locator("section[data-question-id]");
  if ((await section.getAttribute("data-question-id")) === open.id)
    await section.getByRole("textbox", { name: "Your answer" }).fill("An answer to grade.");
  else await section.getByRole("radio").first().check();
  // An exam: "Finish quiz" saves the answer on screen, then asks about the question left unanswered.
  await s.getByRole("button", { name: "Finish quiz" }).click();
  await s.getByRole("dialog", { name: "Hand in the quiz?" }).getByRole("button", { name: "Hand in anyway" }).click();
  await expect(s).toHaveURL(/\/result$/);
  const resultUrl = withoutLocale(new URL(s.url()).pathname);

  await t.goto(gradebookUrl);
  await t.getByRole("link", { name: `Answers of ${student.name}` }).click();
  await expect(t).toHaveURL(/\/students\/[^/]+$/);
  const answersUrl = withoutLocale(new URL(t.url()).pathname);

  const world = {
    teacher,
    student,
    classUrl,
    joinPath,
    gradebookUrl,
    answersUrl,
    resultUrl,
    teacherState: await t.context().storageState(),
    studentState: await s.context().storageState(),
  };
  await t.context().close();
  await s.context().close();
  return world;
}
