import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { LearnerSettingsSchema } from "@/lib/preferences/study-settings";
import { applySyncBatch } from "@/lib/review/apply-sync-batch";
import { heldKeys } from "@/lib/review/card-holds";
import { loadQueue } from "@/lib/review/load-queue";
import { loadReviewState } from "@/lib/review/review-state";
import { createScheduler, emptyState, type GradeValue } from "@/lib/review/scheduler";
import type { CardActionKind, SyncEvent } from "@/lib/review/sync-protocol";
import { fixtureQuestion } from "../helpers/question-fixture";
import { createTempDatabase } from "../helpers/temp-db";

const QUESTIONS = new Map(["q1", "q2", "q3"].map((id) => [id, fixtureQuestion(id, "open", { zh: true })]));
const questionOf = (id: string) => QUESTIONS.get(id);
const T0 = new Date("2026-12-07T09:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const NOW = at(60);
const SETTINGS = LearnerSettingsSchema.parse({});

let db: PrismaClient;
let serial = 0;
let me: string;
const uuid = () => `00000000-0000-4000-9000-${String(++serial).padStart(12, "0")}`;
beforeAll(async () => ({ db } = await createTempDatabase()));
afterAll(() => db.$disconnect());
beforeEach(async () => {
  me = `learner-${++serial}`;
  await db.profile.create({ data: { id: me } });
});

const act = (questionId: string, action: CardActionKind, when: Date, id = uuid()): SyncEvent => ({
  kind: "card",
  id,
  questionId,
  clozeIndex: 0,
  action,
  at: when.toISOString(),
  ...(action === "bury" && { until: new Date(when.getTime() + 6 * 3_600_000).toISOString() }),
});
const sync = (events: unknown[], profileId = me) =>
  applySyncBatch(db, { profileId, events, questionOf, desiredRetention: 0.9, now: NOW });
const stateOf = (profileId = me) => loadReviewState(db, profileId, SETTINGS, NOW);
const held = async (profileId = me) => [...heldKeys((await stateOf(profileId)).holds ?? [], NOW)].sort();

describe("suspending and burying cards through sync", () => {
  it("stores an action once: a retry is a duplicate, and the answer carries the card's latest action", async () => {
    const suspend = act("q1", "suspend", at(0));
    const first = await sync([suspend]);
    expect(first.results).toEqual([{ index: 0, id: suspend.id, status: "stored" }]);
    expect(first.holds).toEqual([expect.objectContaining({ questionId: "q1", action: "suspend" })]);
    const again = await sync([suspend, suspend]);
    expect(again.results.map((r) => r.status)).toEqual(["duplicate", "duplicate"]);
    expect(await db.cardAction.count({ where: { profileId: me } })).toBe(1);
  });

  it("hands the latest action to another device's state download, whatever order the devices' batches arrive in", async () => {
    // Device B unsuspended at 10 (arrives first), device A's older suspend at 5 arrives later: B's action wins.
    await sync([act("q1", "unsuspend", at(10))]);
    await sync([act("q1", "suspend", at(5)), act("q2", "bury", at(6))]);
    expect(await held()).toEqual(["q2"]);
    const state = await stateOf();
    expect(state.holds?.find((h) => h.questionId === "q1")?.action).toBe("unsuspend");
    expect(state.holds?.find((h) => h.questionId === "q2")?.until).toBe(
      new Date(at(6).getTime() + 6 * 3_600_000).toISOString(),
    );
    // The server's queue (home page counts) leaves the buried card out until it comes back.
    const queue = await loadQueue(
      db,
      me,
      ["q1", "q2", "q3"].map((questionId) => ({ questionId, clozeIndex: 0 })),
      SETTINGS,
      NOW,
    );
    expect(queue.counts.newLeft).toBe(2);
  });

  it("refuses a bad action by itself, stores the rest, and mixes with ratings in one batch", async () => {
    const rating = {
      kind: "review",
      id: uuid(),
      questionId: "q3",
      clozeIndex: 0,
      rating: 3,
      reviewedAt: at(1).toISOString(),
      lang: "en",
    };
    const out = await sync([rating, { ...act("q1", "suspend", at(2)), clozeIndex: 4 }, act("q3", "suspend", at(3))]);
    expect(out.results).toMatchObject([
      { status: "stored" },
      { status: "rejected", field: "events[1].clozeIndex" },
      { status: "stored" },
    ]);
    expect(out.cards).toEqual([expect.objectContaining({ questionId: "q3", reps: 1 })]);
    expect(await held()).toEqual(["q3"]);
  });

  it("never lets another learner's actions touch yours", async () => {
    const other = `learner-${++serial}`;
    await db.profile.create({ data: { id: other } });
    const mine = act("q1", "suspend", at(0));
    await sync([mine]);
    // The other learner reusing my id is refused, and their own suspension stays theirs.
    const theirs = await sync([{ ...mine, action: "unsuspend" }, act("q2", "suspend", at(1))], other);
    expect(theirs.results).toMatchObject([{ status: "rejected", field: "events[0].id" }, { status: "stored" }]);
    expect(await held()).toEqual(["q1"]);
    expect(await held(other)).toEqual(["q2"]);
  });
});

const rate = (questionId: string, rating: GradeValue, when: Date) => ({
  kind: "review",
  id: uuid(),
  questionId,
  clozeIndex: 0,
  rating,
  reviewedAt: when.toISOString(),
  lang: "en",
});
/** The card a replay of only these ratings gives (what a reset leaves to count). */
function replayOf(ratings: [GradeValue, Date][]) {
  const scheduler = createScheduler(0.9);
  return ratings.reduce((card, [r, when]) => scheduler.rate(card, r, when).card, emptyState(ratings[0]![1]));
}
const cardRow = (questionId: string) =>
  db.card.findUnique({ where: { profileId_questionId_clozeIndex: { profileId: me, questionId, clozeIndex: 0 } } });

describe("resetting a card", () => {
  it("makes the card new again while its ratings stay in the log, and a retry changes nothing", async () => {
    await sync([rate("q1", 3, at(0)), rate("q1", 3, at(10))]);
    const reset = act("q1", "reset", at(20));
    const out = await sync([reset]);
    expect(out.cards).toEqual([{ questionId: "q1", clozeIndex: 0, removed: true }]);
    expect(await cardRow("q1")).toBeNull();
    expect(await db.review.count({ where: { profileId: me } })).toBe(2);
    expect((await stateOf()).cards).toEqual([]);
    expect((await sync([reset])).results[0]!.status).toBe("duplicate");
    // Resets are not holds: the card is not held out of the queue.
    expect(await held()).toEqual([]);
  });

  it("counts only ratings after the reset, whatever order two devices' batches arrive in", async () => {
    await sync([rate("q1", 3, at(0))]);
    // Device B reset at 20 and rated at 30; device A's offline rating at 10 arrives last.
    await sync([act("q1", "reset", at(20)), rate("q1", 4, at(30))]);
    const late = await sync([rate("q1", 1, at(10))]);
    expect(late.results[0]!.status).toBe("stored");
    const card = await cardRow("q1");
    expect(card?.reps).toBe(1);
    expect(card?.due.toISOString()).toBe(replayOf([[4, at(30)]]).due.toISOString());
    // A reset arriving after a later rating (another device's) leaves that rating counting.
    await sync([rate("q2", 3, at(0)), rate("q2", 1, at(40))]);
    await sync([act("q2", "reset", at(20))]);
    expect((await cardRow("q2"))?.due.toISOString()).toBe(replayOf([[1, at(40)]]).due.toISOString());
  });
});
