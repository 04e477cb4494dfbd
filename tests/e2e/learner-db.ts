import type { BrowserContext } from "@playwright/test";
import Database from "better-sqlite3";
import { expect } from "@playwright/test";
import { intervalWindow } from "@/lib/review/placement";
import { createScheduler, emptyState, type GradeValue } from "@/lib/review/scheduler";

const E2E_DB = "data/e2e.db";

/** The anonymous or signed-in profile a browser context acts for (its profile cookie, or its account's). */
export async function profileIdOf(context: BrowserContext): Promise<string> {
  const cookie = (await context.cookies()).find((c) => c.name === "goldmine_profile");
  if (cookie) return cookie.value.split(".")[0]!;
  throw new Error("this browser has no profile yet");
}

/** A signed-in person's profile, found by their email in the e2e server's database. */
export function profileIdOfEmail(email: string): string {
  return read((db) => {
    const row = db
      .prepare('SELECT p.id FROM Profile p JOIN "user" u ON u.id = p.userId WHERE u.email = ?')
      .get(email) as { id: string } | undefined;
    if (!row) throw new Error(`no profile for ${email}`);
    return row.id;
  });
}

function read<T>(work: (db: Database.Database) => T): T {
  const db = new Database(E2E_DB, { readonly: true, timeout: 5000 });
  try {
    return work(db);
  } finally {
    db.close();
  }
}

type ReviewRow = { id: string; questionId: string; clozeIndex: number; rating: number; reviewedAt: string };
type CardRow = { questionId: string; clozeIndex: number; due: string; stability: number; difficulty: number };

/** The learner's review log (with whether each was taken back) and cards, as stored. */
export function learnerLog(profileId: string) {
  return read((db) => ({
    reviews: db
      .prepare(
        `SELECT r.id, r.questionId, r.clozeIndex, r.rating, r.reviewedAt,
           EXISTS (SELECT 1 FROM ReviewUndo u WHERE u.reviewId = r.id) AS undone
         FROM Review r WHERE r.profileId = ? ORDER BY r.reviewedAt, r.id`,
      )
      .all(profileId) as (ReviewRow & { undone: 0 | 1 })[],
    cards: db
      .prepare(
        `SELECT questionId, clozeIndex, due, stability, difficulty, reps, lapses, state, lastReview
         FROM Card WHERE profileId = ? ORDER BY questionId, clozeIndex`,
      )
      .all(profileId) as (CardRow & Record<string, unknown>)[],
  }));
}

/** The cards a from-scratch replay of the log gives (ratings not taken back, in time order), as stored rows. */
export function replayLog(reviews: (ReviewRow & { undone: 0 | 1 })[]) {
  const scheduler = createScheduler(0.9);
  const byCard = new Map<string, ReviewRow[]>();
  for (const r of reviews.filter((r) => !r.undone)) {
    const key = `${r.questionId}#${r.clozeIndex}`;
    byCard.set(key, [...(byCard.get(key) ?? []), r]);
  }
  return [...byCard.values()]
    .map((log) => {
      const card = log.reduce(
        (c, r) => scheduler.rate(c, r.rating as GradeValue, new Date(r.reviewedAt)).card,
        emptyState(new Date(log[0]!.reviewedAt)),
      );
      return {
        questionId: log[0]!.questionId,
        clozeIndex: log[0]!.clozeIndex,
        due: card.due.getTime(),
        stability: card.stability,
        difficulty: card.difficulty,
        reps: card.reps,
        lapses: card.lapses,
        state: card.state,
        lastReview: card.lastReview?.getTime() ?? null,
      };
    })
    .sort((a, b) => (a.questionId + a.clozeIndex < b.questionId + b.clozeIndex ? -1 : 1));
}

/** Stored card rows in the shape replayLog gives. */
export const storedCards = (cards: ReturnType<typeof learnerLog>["cards"]) =>
  cards.map((c) => ({
    questionId: c.questionId,
    clozeIndex: c.clozeIndex,
    due: new Date(c.due).getTime(),
    stability: c.stability,
    difficulty: c.difficulty,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    lastReview: c.lastReview ? new Date(c.lastReview as string).getTime() : null,
  }));

const DAY_MS = 86_400_000;

/**
 * Stored cards are the log's replay: the same memory state exactly, and a due date inside the replayed interval's
 * fuzz window (load balancing and a plan's final pass place long intervals in it, from the learner's other cards).
 */
export function expectReplayed(stored: ReturnType<typeof storedCards>, replayed: ReturnType<typeof replayLog>) {
  expect(stored.map((c) => ({ ...c, due: 0 }))).toEqual(replayed.map((c) => ({ ...c, due: 0 })));
  stored.forEach((c, i) => {
    const r = replayed[i]!;
    if (c.due === r.due || r.lastReview === null) return expect(c.due).toBe(r.due);
    const { min, max } = intervalWindow(Math.round((r.due - r.lastReview) / DAY_MS), 0);
    const days = Math.round((c.due - r.lastReview) / DAY_MS);
    expect(days).toBeGreaterThanOrEqual(min);
    expect(days).toBeLessThanOrEqual(max);
  });
}
