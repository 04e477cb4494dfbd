import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Question } from "@/lib/content/schemas/question";
import { LearnerSettingsSchema } from "@/lib/preferences/study-settings";
import { applySyncBatch } from "@/lib/review/apply-sync-batch";
import { addToReviewQueue } from "@/lib/review/enqueue";
import { parseSyncEnvelope } from "@/lib/review/parse-sync-request";
import { recordReview } from "@/lib/review/record-review";
import { loadReviewState } from "@/lib/review/review-state";
import { intervalWindow } from "@/lib/review/placement";
import { createScheduler, emptyState, type CardState, type GradeValue } from "@/lib/review/scheduler";
import { SYNC_BATCH_LIMIT, type ReviewEvent, type SyncEvent } from "@/lib/review/sync-protocol";
import { fixtureQuestion } from "../helpers/question-fixture";
import { createTempDatabase } from "../helpers/temp-db";

const question = (id: string, type: Question["type"] = "open") => fixtureQuestion(id, type, { zh: true });
const QUESTIONS = new Map([question("q1"), question("q2"), question("q3", "cloze")].map((q) => [q.id, q]));
const questionOf = (id: string) => QUESTIONS.get(id);

const T0 = new Date("2026-12-07T09:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const NOW = at(24 * 60 * 3);

let db: PrismaClient;
let serial = 0;
let me: string;
const uuid = () => `00000000-0000-4000-8000-${String(++serial).padStart(12, "0")}`;
beforeAll(async () => ({ db } = await createTempDatabase()));
afterAll(() => db.$disconnect());
beforeEach(async () => {
  me = `profile-${++serial}`;
  await db.profile.create({ data: { id: me } });
});

const review = (questionId: string, rating: GradeValue, when: Date, extra: Partial<ReviewEvent> = {}): ReviewEvent => ({
  kind: "review",
  id: uuid(),
  questionId,
  clozeIndex: 0,
  rating,
  reviewedAt: when.toISOString(),
  lang: "en",
  ...extra,
});
const undo = (reviewId: string, when: Date): SyncEvent => ({
  kind: "undo",
  id: uuid(),
  reviewId,
  at: when.toISOString(),
});
const sync = (events: unknown[], profileId = me, now = NOW) =>
  applySyncBatch(db, { profileId, events, questionOf, desiredRetention: 0.9, now });

const cardRow = (questionId: string, clozeIndex = 0, profileId = me) =>
  db.card.findUnique({ where: { profileId_questionId_clozeIndex: { profileId, questionId, clozeIndex } } });
const schedulingOf = (c: CardState | null) =>
  c && {
    due: c.due.toISOString(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsedDays,
    scheduledDays: c.scheduledDays,
    learningSteps: c.learningSteps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    lastReview: c.lastReview?.toISOString() ?? null,
  };

/** The card as a from-scratch replay of its stored log (ratings not taken back, by time then id) gives it. */
async function replayedFromLog(questionId: string, clozeIndex = 0, profileId = me) {
  const log = await db.review.findMany({
    where: { profileId, questionId, clozeIndex, undo: null },
    orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
  });
  if (log.length === 0) return null;
  const scheduler = createScheduler(0.9);
  let card = emptyState(log[0]!.reviewedAt);
  for (const r of log) card = scheduler.rate(card, r.rating as GradeValue, r.reviewedAt).card;
  return card;
}

describe("POST /api/review/sync: storing a batch", () => {
  it("stores ratings with the log ts-fsrs writes, and the same card state as rating them one by one", async () => {
    const events = [review("q1", 3, at(0)), review("q1", 3, at(10)), review("q2", 1, at(1))];
    const { results, cards } = await sync(events);
    expect(results.map((r) => r.status)).toEqual(["stored", "stored", "stored"]);
    const reference = `ref-${me}`;
    await db.profile.create({ data: { id: reference } });
    for (const e of events)
      await recordReview(
        db,
        reference,
        questionOf(e.questionId)!,
        { ...e, reviewId: e.id.replace(/^0/, "f"), rating: e.rating },
        0.9,
        new Date(e.reviewedAt),
      );
    for (const q of ["q1", "q2"])
      expect(schedulingOf(await cardRow(q))).toEqual(schedulingOf(await cardRow(q, 0, reference)));
    const mine = await db.review.findMany({ where: { profileId: me }, orderBy: { reviewedAt: "asc" } });
    const theirs = await db.review.findMany({ where: { profileId: reference }, orderBy: { reviewedAt: "asc" } });
    const strip = ({ id: _id, profileId: _p, ...rest }: (typeof mine)[number]) => rest;
    expect(mine.map(strip)).toEqual(theirs.map(strip));
    expect(cards).toHaveLength(2);
    expect(cards.find((c) => c.questionId === "q1")).toMatchObject({
      reps: 2,
      contentHash: "q1-hash",
      contentLang: "en",
    });
  });

  it("a batch sent twice changes nothing the second time and says duplicate", async () => {
    const events = [review("q1", 3, at(0)), review("q2", 4, at(1))];
    const u = undo(events[1]!.id, at(2));
    const first = await sync([...events, u]);
    const before = {
      cards: await db.card.findMany({ where: { profileId: me } }),
      reviews: await db.review.findMany({ where: { profileId: me } }),
    };
    const again = await sync([...events, u]);
    expect(first.results.map((r) => r.status)).toEqual(["stored", "stored", "stored"]);
    expect(again.results.map((r) => r.status)).toEqual(["duplicate", "duplicate", "duplicate"]);
    expect(await db.card.findMany({ where: { profileId: me } })).toEqual(before.cards);
    expect(await db.review.findMany({ where: { profileId: me } })).toEqual(before.reviews);
    expect(await db.reviewUndo.count({ where: { reviewId: events[1]!.id } })).toBe(1);
    expect(again.cards).toEqual(first.cards);
  });

  it("refuses another learner's id, a future time, a rating of 7, an unknown question or cloze, and stores the rest", async () => {
    const other = `other-${me}`;
    await db.profile.create({ data: { id: other } });
    const theirs = review("q1", 3, at(0));
    await sync([theirs], other);
    const good = review("q2", 3, at(5));
    const events = [
      { ...review("q1", 3, at(1)), id: theirs.id },
      review("q1", 3, new Date(NOW.getTime() + 6 * 60_000)),
      { ...review("q1", 3, at(2)), rating: 7 },
      good,
      review("nope", 3, at(3)),
      review("q3", 3, at(4), { clozeIndex: 5 }),
      "not an event",
      review("q1", 3, new Date("2023-06-01T00:00:00Z")),
      undo(uuid(), at(6)),
      undo(theirs.id, at(6)),
    ];
    const { results } = await sync(events);
    expect(results).toEqual([
      { index: 0, id: theirs.id, status: "rejected", field: "events[0].id", message: "this id is already used" },
      expect.objectContaining({ index: 1, status: "rejected", field: "events[1].reviewedAt" }),
      expect.objectContaining({
        index: 2,
        status: "rejected",
        field: "events[2].rating",
        message: "must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)",
      }),
      { index: 3, id: good.id, status: "stored" },
      expect.objectContaining({ index: 4, status: "rejected", field: "events[4].questionId" }),
      expect.objectContaining({ index: 5, status: "rejected", field: "events[5].clozeIndex" }),
      { index: 6, id: null, status: "rejected", field: "events[6]", message: expect.any(String) },
      expect.objectContaining({ index: 7, status: "rejected", field: "events[7].reviewedAt" }),
      expect.objectContaining({
        index: 8,
        status: "rejected",
        field: "events[8].reviewId",
        message: expect.stringMatching(/^no rating .* to take back$/),
      }),
      expect.objectContaining({ index: 9, status: "rejected", field: "events[9].reviewId" }),
    ]);
    expect(await db.review.findMany({ where: { profileId: me }, select: { id: true } })).toEqual([{ id: good.id }]);
    expect(await db.review.count({ where: { profileId: other } })).toBe(1);
    expect(await cardRow("q1", 0, other)).toMatchObject({ reps: 1 });
    expect(await db.reviewUndo.count({ where: { review: { profileId: { in: [me, other] } } } })).toBe(0);
  });

  it("keeps a card the learner queued: ratings after it rate forward from the stored state", async () => {
    await addToReviewQueue(db, me, [questionOf("q1")!], "en", at(0));
    const queued = await cardRow("q1");
    const r = review("q1", 3, at(5));
    await sync([r]);
    const expected = createScheduler(0.9).rate(queued!, 3, at(5)).card;
    expect(schedulingOf(await cardRow("q1"))).toEqual(schedulingOf(expected));
  });

  it("records the card's language and hash from the event's language", async () => {
    const { cards } = await sync([review("q3", 3, at(0), { clozeIndex: 2, lang: "zh" })]);
    expect(cards).toEqual([
      expect.objectContaining({ questionId: "q3", clozeIndex: 2, contentLang: "zh", contentHash: "q3-hash-zh" }),
    ]);
    expect(await cardRow("q3", 2)).toMatchObject({ contentLang: "zh", contentHash: "q3-hash-zh" });
  });
});

describe("undo through sync", () => {
  it("takes back a stored rating: the card is as it was before it, and unseen once its only rating is gone", async () => {
    const first = review("q1", 3, at(0));
    const second = review("q1", 1, at(10));
    await sync([first]);
    const afterFirst = schedulingOf(await cardRow("q1"));
    await sync([second]);
    const { results, cards } = await sync([undo(second.id, at(11))]);
    expect(results[0]!.status).toBe("stored");
    expect(schedulingOf(await cardRow("q1"))).toEqual(afterFirst);
    expect(cards).toEqual([expect.objectContaining({ questionId: "q1", reps: 1 })]);
    const gone = await sync([undo(first.id, at(12))]);
    expect(gone.cards).toEqual([{ questionId: "q1", clozeIndex: 0, removed: true }]);
    expect(await cardRow("q1")).toBeNull();
    expect(await db.review.count({ where: { profileId: me } })).toBe(2);
  });

  it("takes back a rating made earlier in the same batch; a second undo of it is a duplicate", async () => {
    const a = review("q2", 3, at(0));
    const b = review("q2", 4, at(1));
    const { results } = await sync([a, b, undo(b.id, at(2)), undo(b.id, at(3))]);
    expect(results.map((r) => r.status)).toEqual(["stored", "stored", "stored", "duplicate"]);
    expect(await db.review.count({ where: { profileId: me } })).toBe(2);
    expect(schedulingOf(await cardRow("q2"))).toEqual(schedulingOf(await replayedFromLog("q2")));
    expect(await cardRow("q2")).toMatchObject({ reps: 1 });
    const stored = await db.review.findUniqueOrThrow({ where: { id: b.id } });
    expect(stored.state).toBe(1);
  });

  it("refuses an undo of a rating that comes later in the batch or is unknown", async () => {
    const later = review("q1", 3, at(1));
    const { results } = await sync([undo(later.id, at(0)), later]);
    expect(results[0]).toMatchObject({
      status: "rejected",
      field: "events[0].reviewId",
      message: `no rating ${later.id} to take back`,
    });
    expect(results[1]!.status).toBe("stored");
  });
});

describe("two devices offline", () => {
  it("interleaved ratings arriving in either order give the same card as a replay of the log, each stored once", async () => {
    // Each learner's copy needs its own ids: an id is one rating, of one learner.
    const phone = () => [
      review("q1", 3, at(0)),
      review("q1", 1, at(20)),
      review("q1", 3, at(24 * 60)),
      review("q2", 3, at(5)),
    ];
    const laptop = () => [review("q1", 4, at(10)), review("q1", 2, at(60)), review("q2", 1, at(2))];
    const states: unknown[] = [];
    for (const makeOrder of [() => [phone(), laptop()], () => [laptop(), phone()]]) {
      const order = makeOrder();
      me = `profile-${++serial}`;
      await db.profile.create({ data: { id: me } });
      for (const batch of order) await sync(batch);
      // A retry of the first device's batch changes nothing.
      expect((await sync(order[0]!)).results.every((r) => r.status === "duplicate")).toBe(true);
      for (const q of ["q1", "q2"])
        expect(schedulingOf(await cardRow(q))).toEqual(schedulingOf(await replayedFromLog(q)));
      expect(await db.review.count({ where: { profileId: me } })).toBe(7);
      states.push(await Promise.all(["q1", "q2"].map(async (q) => schedulingOf(await cardRow(q)))));
      // Each Review row's log is the card before it, as a from-scratch replay computes it.
      const log = await db.review.findMany({
        where: { profileId: me, questionId: "q1" },
        orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
      });
      const scheduler = createScheduler(0.9);
      let card = emptyState(log[0]!.reviewedAt);
      for (const r of log) {
        const { card: next, log: expected } = scheduler.rate(card, r.rating as GradeValue, r.reviewedAt);
        expect({ state: r.state, due: r.due, dueBefore: r.dueBefore, stability: r.stability }).toEqual({
          state: expected.state,
          due: expected.due,
          dueBefore: expected.dueBefore,
          stability: expected.stability,
        });
        card = next;
      }
    }
    expect(states[0]).toEqual(states[1]);
  });
});

describe("GET /api/review/state", () => {
  it("gives the learner's cards and today's ratings not taken back, oldest first", async () => {
    const now = new Date("2026-12-07T12:00:00Z");
    const yesterday = review("q1", 3, new Date("2026-12-06T12:00:00Z"));
    const a = review("q2", 3, new Date("2026-12-07T05:00:00Z"));
    const b = review("q3", 4, new Date("2026-12-07T06:00:00Z"), { clozeIndex: 1 });
    const c = review("q1", 1, new Date("2026-12-07T07:00:00Z"));
    await sync([yesterday, c, b, a, undo(b.id, now)], me, now);
    const settings = LearnerSettingsSchema.parse({ timeZone: "UTC" });
    const state = await loadReviewState(db, me, settings, now);
    expect(state.profileId).toBe(me);
    expect(state.dayStart).toBe("2026-12-07T04:00:00.000Z");
    expect(state.cards.map((x) => x.questionId).sort()).toEqual(["q1", "q2"]);
    expect(state.today.map((r) => r.id)).toEqual([a.id, c.id]);
    expect(state.today[1]).toMatchObject({
      questionId: "q1",
      rating: 1,
      state: 1,
      reviewedAt: c.reviewedAt,
    });
  });

  it("a visitor without a profile gets the defaults and nothing else", async () => {
    const state = await loadReviewState(db, null, LearnerSettingsSchema.parse({}), NOW);
    expect(state).toMatchObject({
      profileId: null,
      cards: [],
      today: [],
      settings: { dailyNewLimit: 20, desiredRetention: 0.9, timeZone: "UTC" },
    });
  });
});

describe("the request envelope", () => {
  it("refuses malformed JSON, a batch over the limit (413) and a missing field, naming it", () => {
    expect(parseSyncEnvelope("{not json")).toEqual({
      ok: false,
      status: 400,
      field: "body",
      message: "is not valid JSON",
    });
    const tooMany = parseSyncEnvelope(
      JSON.stringify({ profileId: null, events: Array(SYNC_BATCH_LIMIT + 1).fill({}) }),
    );
    expect(tooMany).toMatchObject({
      ok: false,
      status: 413,
      field: "events",
      message: expect.stringContaining("at most 500"),
    });
    expect(parseSyncEnvelope(JSON.stringify({ events: [{}] }))).toMatchObject({
      ok: false,
      status: 400,
      field: "profileId",
    });
    expect(parseSyncEnvelope(JSON.stringify({ profileId: null, events: [] }))).toMatchObject({
      ok: false,
      field: "events",
    });
    expect(parseSyncEnvelope(JSON.stringify({ profileId: "p", timeZone: "Mars/Base", events: [{}] }))).toMatchObject({
      ok: false,
      field: "timeZone",
    });
    expect(parseSyncEnvelope(JSON.stringify({ profileId: "p", events: [1] }))).toEqual({
      ok: true,
      envelope: { profileId: "p", events: [1] },
    });
  });

  it("a full batch of 500 is stored in one request", async () => {
    const events = Array.from({ length: SYNC_BATCH_LIMIT }, (_, i) => review(["q1", "q2"][i % 2]!, 3, at(i)));
    const { results } = await sync(events);
    expect(results.filter((r) => r.status === "stored")).toHaveLength(SYNC_BATCH_LIMIT);
    expect(await db.review.count({ where: { profileId: me } })).toBe(SYNC_BATCH_LIMIT);
    // 250 ratings a card take both far out, where load balancing places each away from the other: the memory state
    // is the log's, the due date is the replay's within its fuzz window.
    for (const q of ["q1", "q2"]) {
      const [stored, replayed] = [schedulingOf(await cardRow(q))!, schedulingOf(await replayedFromLog(q))!];
      const { min, max } = intervalWindow(replayed.scheduledDays, 0);
      expect({ ...stored, due: "", scheduledDays: 0 }).toEqual({ ...replayed, due: "", scheduledDays: 0 });
      expect(stored.scheduledDays).toBeGreaterThanOrEqual(min);
      expect(stored.scheduledDays).toBeLessThanOrEqual(max);
    }
  });
});
