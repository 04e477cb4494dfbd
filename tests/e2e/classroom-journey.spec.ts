import { expect, test } from "@playwright/test";
import { localInput } from "./local-time";
import { newPerson, setRole, signUp } from "./accounts";
import { choiceOption } from "./choice-option";
import { findQuestion } from "./content-lookup";

// The journey end to end, all through the UI, in two browser contexts: an instructor creates a class
// and assigns a quiz with a due date; a candidate signs up, joins with the code and takes the quiz; the
// instructor reads the score, grades the open answer with a comment, and exports the gradebook as CSV.
test.describe.configure({ timeout: 180_000 });

/** RFC 4180 rows (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      rows.at(-1)!.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      rows.at(-1)!.push(field);
      field = "";
      rows.push([]);
      i++;
    } else field += c;
  }
  rows.at(-1)!.push(field);
  return rows.filter((r) => r.length > 1 || r[0] !== "");
}

test("instructor assigns, candidate joins with the code and takes it, instructor grades and exports", async ({
  browser,
}) => {
  const single = findQuestion((q) => q.type === "single" && !!q.langs.en);
  const open = findQuestion((q) => q.type === "open" && !!q.langs.en);
  const teacher = newPerson("Teacher");
  const student = newPerson("Student");
  const tPage = await (await browser.newContext({ locale: "en-US" })).newPage();
  const sPage = await (await browser.newContext({ locale: "en-US" })).newPage();

  // The instructor: an account, the role (as an admin would grant it), a class and its join code.
  await signUp(tPage, teacher, "/classes");
  setRole(teacher.email, "instructor");
  await tPage.reload();
  const className = `Prompting ${teacher.name.split(" ")[1]}`;
  await tPage.getByLabel("Class name").fill(className);
  await tPage.getByRole("button", { name: "Create class" }).click();
  await expect(tPage.getByRole("heading", { level: 1, name: className })).toBeVisible();
  const code = /\/join\/([2-9A-Z]{8})$/.exec(
    (await tPage.getByText(/\/join\/[2-9A-Z]{8}$/).textContent())!.trim(),
  )![1]!;
  const classUrl = tPage.url();

  // A custom selection of two questions, due tomorrow.
  await tPage.getByRole("link", { name: "Assign quiz" }).click();
  await tPage.getByLabel("Title").fill("Week 1");
  await tPage.getByRole("radio", { name: "A custom selection" }).check();
  await tPage.getByLabel("Question ids").fill(`${single.id}, ${open.id}`);
  await tPage.getByLabel("Number of questions").fill("2");
  await tPage.getByLabel("Opens", { exact: true }).fill(await localInput(tPage, -5));
  await tPage.getByLabel("Due", { exact: true }).fill(await localInput(tPage, 24 * 60));
  await tPage.getByRole("button", { name: "Assign quiz" }).click();
  await expect(tPage.getByRole("link", { name: "Week 1", exact: true })).toBeVisible();

  // The candidate signs up and joins by typing the code (lower case, with a dash: both forgiven).
  await signUp(sPage, student, "/classes");
  await sPage.getByLabel("Join code").fill(`${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`);
  await sPage.getByRole("button", { name: "Join class" }).click();
  await expect(sPage.getByRole("heading", { level: 1, name: className })).toBeVisible();

  // Assigned to me → take the quiz: the choice question right, the open one in their own words.
  await sPage.goto("/assignments");
  const row = sPage.getByRole("row", { name: /Week 1/ });
  await expect(row).toContainText("Not started");
  await row.getByRole("button", { name: "Start" }).click();
  await expect(sPage).toHaveURL(/\/attempts\/[^/]+$/);
  for (let n = 1; n <= 2; n++) {
    await expect(sPage.getByText(`Question ${n} of 2`)).toBeVisible();
    const section = sPage.locator("section[data-question-id]");
    if ((await section.getAttribute("data-question-id")) === single.id) {
      // Options are shuffled per attempt: pick the right one by its text.
      await (await choiceOption(section, "radio", single.langs.en!.options!.find((o) => o.correct)!.text)).check();
    } else {
      await section
        .getByRole("textbox", { name: "Your answer" })
        .fill("Attention weighs every token against every other.");
    }
    // An exam: "Next", and "Finish quiz" on the last question, save the answer (no separate "Submit").
    if (n === 1) await sPage.getByRole("button", { name: "Next" }).click();
  }
  await sPage.getByRole("button", { name: "Finish quiz" }).click();
  await expect(sPage).toHaveURL(/\/result$/);
  const resultUrl = sPage.url();

  // The instructor's gradebook shows the submission; the open answer is still ungraded, so it counts 0: 50%.
  await tPage.goto(classUrl);
  await tPage.getByRole("link", { name: "Week 1", exact: true }).click();
  await expect(tPage.getByRole("heading", { level: 1, name: "Gradebook: Week 1" })).toBeVisible();
  const studentRow = tPage.getByRole("row", { name: new RegExp(student.name) });
  await expect(studentRow).toContainText("Submitted");
  await expect(studentRow.getByRole("cell", { name: "50%" })).toBeVisible();

  // Grading the open answer with a comment raises the score, and the student sees both.
  await studentRow.getByRole("link", { name: `Answers of ${student.name}` }).click();
  const comment = "Right idea; name the softmax over scaled dot products next time.";
  await tPage.getByRole("combobox", { name: "Score" }).selectOption({ label: "Correct (100%)" });
  await tPage.getByRole("textbox", { name: "Comment" }).fill(comment);
  await tPage.getByRole("button", { name: "Save grade" }).click();
  await expect(tPage.getByRole("status")).toHaveText("Grade saved.");
  await tPage.goBack();
  await tPage.reload();
  await expect(
    tPage.getByRole("row", { name: new RegExp(student.name) }).getByRole("cell", { name: "100%" }),
  ).toBeVisible();
  await sPage.goto(resultUrl);
  await expect(sPage.getByText("Your instructor's grade: 100%")).toBeVisible();
  await expect(sPage.getByText(comment)).toBeVisible();

  // The CSV: UTF-8 with a BOM, one row for the student with their score and a column per question.
  const href = await tPage.getByRole("link", { name: "Export CSV" }).getAttribute("href");
  const response = await tPage.request.get(href!);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const bytes = await response.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = parseCsv(bytes.subarray(3).toString("utf8"));
  expect(header!.slice(0, 8)).toEqual([
    "Name",
    "Email",
    "Status",
    "Score %",
    "Awaiting grading",
    "Time taken",
    "Submitted at",
    "Late",
  ]);
  expect(header).toHaveLength(10);
  const mine = rows.find((r) => r[1] === student.email)!;
  expect(mine).toBeDefined();
  expect(mine.slice(0, 3)).toEqual([student.name, student.email, "Submitted"]);
  expect(Number(mine[3])).toBe(100);
  expect(mine[4]).toBe("0");
  // The instructor's local time with its offset, the same instant.
  expect(mine[6]).toMatch(/T\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
  expect(new Date(mine[6]!).getTime()).toBeGreaterThan(Date.now() - 10 * 60_000);
  expect(mine[7]).toBe("no");
  expect(mine.slice(8).map(Number)).toEqual([1, 1]);

  // The student cannot read the gradebook, even with its address.
  expect((await sPage.goto(new URL(tPage.url()).pathname))!.status()).toBe(404);
  expect((await sPage.request.get(href!)).status()).toBe(404);
});
