import { expect, test, type Request } from "@playwright/test";
import Database from "better-sqlite3";
import { snapshot } from "./content-lookup";
import { openReview } from "./review-ready";
import { handIn } from "./hand-in";

const E2E_DB = "data/e2e.db";

type Recorded = { url: string; headers: Record<string, string>; body: Buffer | null; action: string };

/** Everything this learner has in the database, except the "last seen" clock that any visit moves. */
function learnerState(profileId: string) {
  const db = new Database(E2E_DB, { readonly: true, timeout: 5000 });
  try {
    const rows = (sql: string) => db.prepare(sql).all(profileId);
    const [profile] = rows("SELECT * FROM Profile WHERE id = ?") as { lastSeenAt?: unknown }[];
    delete profile!.lastSeenAt;
    return {
      profile,
      cards: rows("SELECT * FROM Card WHERE profileId = ? ORDER BY questionId, clozeIndex"),
      reviews: rows("SELECT * FROM Review WHERE profileId = ? ORDER BY id"),
      undos: rows(
        "SELECT u.* FROM ReviewUndo u JOIN Review r ON r.id = u.reviewId WHERE r.profileId = ? ORDER BY u.id",
      ),
      attempts: rows("SELECT * FROM QuizAttempt WHERE profileId = ? ORDER BY id"),
      answers: rows(
        "SELECT a.* FROM QuizAnswer a JOIN QuizAttempt t ON t.id = a.attemptId WHERE t.profileId = ? ORDER BY a.id",
      ),
    };
  } finally {
    db.close();
  }
}

test("replaying every write request of a recorded session a second time changes nothing", async ({ page, context }) => {
  test.setTimeout(90_000);
  const recorded: Recorded[] = [];
  page.on("request", async (request: Request) => {
    const headers = await request.allHeaders();
    const sync = new URL(request.url()).pathname === "/api/review/sync";
    if (request.method() === "POST" && (headers["next-action"] || sync))
      recorded.push({
        url: request.url(),
        headers,
        body: request.postDataBuffer(),
        action: headers["next-action"] ?? "review sync",
      });
  });

  const rate = async (key: string) => {
    await page.getByRole("button", { name: "Show answer" }).click();
    await expect(page.getByRole("button", { name: "Good", exact: true })).toBeVisible();
    await page.keyboard.press(key);
  };

  // A session through the real screens: rate cards, take one back, rate again, take a practice quiz.
  await openReview(page);
  for (const key of ["3", "1"]) await rate(key);
  const last = await page.getByRole("heading", { level: 2 }).textContent();
  await rate("4");
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(last ?? "");
  await rate("3");
  await expect(page.getByTestId("sync-status")).toHaveText("All saved");

  const s = snapshot();
  const article = s.articles.find(
    (a) => a.langs.en && s.questions.find((q) => q.id === a.related[0])?.type === "open",
  )!;
  await page.goto(`/articles/${article.slug}`);
  await page.getByRole("button", { name: "Quiz me on this article" }).click();
  await expect(page).toHaveURL(/\/attempts\//);
  await page.getByRole("textbox", { name: "Your answer" }).fill("Attention, then a feed-forward layer.");
  await page.getByRole("button", { name: "Submit answer" }).click();
  await page.getByRole("button", { name: "Partly" }).click();
  await expect(page.getByText("Your grade: partly right")).toBeVisible();
  await handIn(page);

  const profileCookie = (await context.cookies()).find((c) => c.name === "goldmine_profile");
  const profileId = profileCookie!.value.split(".")[0]!;
  const before = learnerState(profileId);
  expect(before.reviews.length).toBe(4);
  expect(before.undos.length).toBe(1);
  expect(before.attempts.length).toBe(1);
  expect(before.answers).toContainEqual(expect.objectContaining({ selfGrade: "partial", score: 0.5 }));
  expect(recorded.filter((r) => r.action === "review sync").length).toBeGreaterThanOrEqual(1);
  expect(recorded.length).toBeGreaterThanOrEqual(3);

  // The same requests again, byte for byte, as a retrying network or a double submit would send them.
  for (const r of recorded) {
    const { "content-length": _, host: __, ...headers } = r.headers;
    const res = await fetch(r.url, {
      method: "POST",
      headers,
      body: r.body ? new Uint8Array(r.body) : undefined,
      redirect: "manual",
    });
    expect(res.status, `replay of action ${r.action}`).toBeLessThan(500);
  }
  expect(learnerState(profileId)).toEqual(before);
});
