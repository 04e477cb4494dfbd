import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { buildClassroom, type ClassroomWorld } from "./classroom-world";
import { usePreferences } from "./page-types";

// The signed-in pages (accounts, classes, assignments, gradebook) need a class with a submission: one is built
// through the UI once, then every page is scanned in both languages and both themes, as the anonymous pages are.
// Each test scans about 17 pages (two people); on a loaded machine that takes more than two minutes.
test.describe.configure({ mode: "serial", timeout: 300_000 });

let world: ClassroomWorld;
test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  world = await buildClassroom(browser);
});

async function violations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes.length} × ${v.help} — ${v.nodes
        .slice(0, 4)
        .map((n) => n.target.join(" "))
        .join(" | ")}`,
  );
}

const teacherPages = (w: ClassroomWorld) => ({
  account: "/account",
  "admin users": "/admin/users",
  "classes (instructor)": "/classes",
  "class (owner)": w.classUrl,
  "assign quiz": `${w.classUrl}/assign`,
  gradebook: w.gradebookUrl,
  "student answers with grade form": w.answersUrl,
  "needs grading (assignment)": `${w.gradebookUrl}/grading`,
  "needs grading (class)": `${w.classUrl}/grading`,
});
const studentPages = (w: ClassroomWorld) => ({
  "classes (candidate)": "/classes",
  "class (member)": w.classUrl,
  "join link": w.joinPath,
  "assigned to me": "/assignments",
  "home with assignments": "/",
  "assignment result": w.resultUrl,
});

for (const lang of ["en", "zh"] as const) {
  for (const theme of ["light", "dark"] as const) {
    test(`signed-in pages in ${lang === "en" ? "English" : "Chinese"}, ${theme} theme, have no WCAG 2.2 A/AA violations axe can detect`, async ({
      browser,
      baseURL,
    }) => {
      for (const [who, pages] of [
        [world.teacherState, teacherPages(world)],
        [world.studentState, studentPages(world)],
      ] as const) {
        const context = await browser.newContext({ storageState: who });
        await usePreferences(context, baseURL!, { lang, theme });
        const page = await context.newPage();
        for (const [name, url] of Object.entries(pages)) {
          const response = await page.goto(url);
          expect(response?.status(), name).toBe(200);
          await expect(page.locator("html")).toHaveClass(theme === "dark" ? /\bdark\b/ : /^(?!.*\bdark\b)/);
          expect(await violations(page), name).toEqual([]);
        }
        await context.close();
      }
    });
  }
}
