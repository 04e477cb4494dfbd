import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Question } from "@/lib/content/schemas/question";
import { InvalidInputError } from "@/lib/errors";
import { addToReviewQueue } from "@/lib/review/enqueue";
import { loadQueue } from "@/lib/review/load-queue";
import { recordReview } from "@/lib/review/record-review";
import { applySyncBatch } from "@/lib/review/apply-sync-batch";
import { fixtureQuestion } from "../helpers/question-fixture";
import { createTempDatabase } from "../helpers/temp-db";

const question = (id: string, type: Question["type"] = "open") => fixtureQuestion(id, type);
const Q = [question("q1"), question("q2"), question("q3", "cloze")];
const candidates = [
  { questionId: "q1", clozeIndex: 0 },
  { questionId: "q2", clozeIndex: 0 },
  { questionId: "q3", clozeIndex: 1 },
  { questionId: "q3", clozeIndex: 2 },
];
const settings = { dailyNewLimit: 20, timeZone: "UTC" };
const T0 = new Date("2026-11-22T10:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

let db: PrismaClient;
let profile = 0;
let me: string;
beforeAll(async () => ({ db } = await createTempDatabase()));
afterAll(() => db.$disconnect());
beforeEach(async () => {
  me = `00000000-0000-4000-8000-${String(++profile).padStart(12, "0")}`;
  await db.profile.create({ data: { id: me } });
});

const rate = (reviewId: string, q: Question, rating: 1 | 2 | 3 | 4, now: Date, clozeIndex = 0) =>
  recordReview(db, me, q, { reviewId, questionId: q.id, clozeIndex, rating, lang: "en" }, 0.9, now);

describe("rating a card", () => {
  it("writes the card and its log row together, and a repeated request counts once", async () => {
    const first = await rate("r-1", Q[0]!, 3, T0);
    const again = await rate("r-1", Q[0]!, 3, at(1));
    expect(first.duplicate).toBe(false);
    expect(again).toEqual({ duplicate: true, due: first.due });
    expect(await db.review.count({ where: { profileId: me } })).toBe(1);
    const card = await db.card.findFirstOrThrow({ where: { profileId: me } });
    expect(card).toMatchObject({ reps: 1, contentHash: "q1-hash", contentLang: "en", due: first.due });
  });

  it("survives the same request sent twice at once", async () => {
    const results = await Promise.all([rate("r-race", Q[0]!, 4, T0), rate("r-race", Q[0]!, 4, T0)]);
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(await db.review.count({ where: { profileId: me } })).toBe(1);
    expect((await db.card.findFirstOrThrow({ where: { profileId: me } })).reps).toBe(1);
  });

  it("refuses a blank that the question does not have, writing nothing", async () => {
    await expect(rate("r-bad", Q[2]!, 3, T0, 7)).rejects.toBeInstanceOf(InvalidInputError);
    expect(await db.review.count({ where: { profileId: me } })).toBe(0);
    expect(await db.card.count({ where: { profileId: me } })).toBe(0);
  });

  it("schedules each cloze blank separately, the next blank on another day", async () => {
    await rate("c-1", Q[2]!, 4, T0, 1);
    const cards = await db.card.findMany({ where: { profileId: me } });
    expect(cards.map((c) => c.clozeIndex)).toEqual([1]);
    const today = await loadQueue(db, me, candidates, settings, at(1));
    expect(today.counts.newLeft).toBe(2); // q1 and q2; c2 of q3 waits
    const tomorrow = await loadQueue(db, me, [{ questionId: "q3", clozeIndex: 2 }], settings, at(24 * 60));
    expect(tomorrow.next).toEqual({ questionId: "q3", clozeIndex: 2, isNew: true });
  });
});

describe("the queue", () => {
  it("shows due cards before new ones, and the daily new limit counts first ratings", async () => {
    await rate("n-1", Q[0]!, 1, T0); // Again: back in 1 minute
    const limited = { ...settings, dailyNewLimit: 2 };
    let queue = await loadQueue(db, me, candidates, limited, at(2));
    expect(queue.next).toMatchObject({ questionId: "q1", isNew: false });
    expect(queue.counts).toMatchObject({ learning: 1, newLeft: 1 });
    await rate("n-2", Q[1]!, 4, at(3));
    queue = await loadQueue(db, me, candidates, limited, at(4));
    expect(queue.counts.newLeft).toBe(0);
  });

  it("lets cards the learner asked for through without spending the new-card allowance", async () => {
    await addToReviewQueue(db, me, [Q[1]!], "en", T0);
    const queue = await loadQueue(db, me, candidates, { ...settings, dailyNewLimit: 0 }, at(1));
    expect(queue.next).toMatchObject({ questionId: "q2" });
  });
});

describe("undo, sent as the review screen sends it", () => {
  const uuid = (n: number) => `00000000-0000-4000-9000-${String(n).padStart(12, "0")}`;
  const sync = (profileId: string, events: unknown[], now: Date) =>
    applySyncBatch(db, {
      profileId,
      events,
      questionOf: (id) => Q.find((q) => q.id === id),
      desiredRetention: 0.9,
      now,
    });
  const review = (n: number, when: Date) => ({
    kind: "review",
    id: uuid(n),
    questionId: "q1",
    clozeIndex: 0,
    rating: 4,
    reviewedAt: when.toISOString(),
    lang: "en",
  });
  const undo = (n: number, of: number, when: Date) => ({
    kind: "undo",
    id: uuid(n),
    reviewId: uuid(of),
    at: when.toISOString(),
  });

  it("taking back a new card's first rating gives back today's new-card allowance", async () => {
    const before = (await loadQueue(db, me, candidates, settings, T0)).counts;
    await sync(me, [review(1, T0)], T0);
    expect((await loadQueue(db, me, candidates, settings, at(1))).counts.newLeft).toBe(before.newLeft - 1);
    await sync(me, [undo(2, 1, at(2))], at(2));
    expect((await loadQueue(db, me, candidates, settings, at(3))).counts).toEqual(before);
    expect((await loadQueue(db, me, candidates, settings, at(3))).next).toMatchObject({
      questionId: "q1",
      isNew: true,
    });
  });

  it("does not reach another learner's ratings", async () => {
    await sync(me, [review(3, T0)], T0);
    const other = "00000000-0000-4000-8000-999999999999";
    await db.profile.upsert({ where: { id: other }, create: { id: other }, update: {} });
    const { results } = await sync(other, [undo(4, 3, at(1))], at(1));
    expect(results).toMatchObject([{ status: "rejected", field: "events[0].reviewId" }]);
    expect(await db.reviewUndo.count({ where: { reviewId: uuid(3) } })).toBe(0);
  });
});
