import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { buildClassroom, type ClassroomWorld } from "./classroom-world";
import { usePreferences } from "./page-types";
import { openReview } from "./review-ready";

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

// The audit log (the teacher is an admin in this world) and the account's and the settings' confirmation dialogs,
// open (the page behind is inert while they are), in both languages and themes.
for (const lang of ["en", "zh"] as const) {
  test(`the audit log and the delete-account and reset-progress dialogs in ${lang === "en" ? "English" : "Chinese"} have no WCAG 2.2 A/AA violations axe can detect`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(300_000);
    const words = {
      en: { open: "Delete my account…", reset: "Reset my progress…" },
      zh: { open: "删除我的账户…", reset: "重置我的进度…" },
    }[lang];
    // An anonymous learner with progress: one flashcard rated (in English), then the settings in the test's language.
    const anonymous = await browser.newContext({ locale: "en-US" });
    const learner = await anonymous.newPage();
    await openReview(learner);
    await learner.getByRole("button", { name: "Show answer" }).click();
    await learner.getByRole("button", { name: "Easy", exact: true }).click();
    await expect(learner.getByTestId("sync-status")).toHaveText("All saved");
    for (const theme of ["light", "dark"] as const) {
      const admin = await browser.newContext({ storageState: world.teacherState });
      await usePreferences(admin, baseURL!, { lang, theme });
      const audit = await admin.newPage();
      for (const url of ["/admin/audit", "/admin/audit?kind=role_change&actor=a&from=2026-01-01&to=2030-12-31"]) {
        expect((await audit.goto(url))?.status(), url).toBe(200);
        expect(await violations(audit), `${url}, ${theme}`).toEqual([]);
      }
      await admin.close();

      const signedIn = await browser.newContext({ storageState: world.studentState });
      await usePreferences(signedIn, baseURL!, { lang, theme });
      const account = await signedIn.newPage();
      await account.goto("/account");
      await account.getByRole("button", { name: words.open }).click();
      await expect(account.getByRole("dialog")).toBeVisible();
      expect(await violations(account), `delete dialog, ${theme}`).toEqual([]);
      await signedIn.close();

      await usePreferences(anonymous, baseURL!, { lang, theme });
      await learner.goto("/settings");
      await learner.getByRole("button", { name: words.reset }).click();
      await expect(learner.getByRole("dialog")).toBeVisible();
      expect(await violations(learner), `reset dialog, ${theme}`).toEqual([]);
    }
    await anonymous.close();
  });
}
