import { describe, expect, it } from "vitest";
import { nextBatch, mergeAcknowledged } from "@/lib/local-review/sync";
import type { OutboxEntry } from "@/lib/local-review/store";
import { deriveLocalState, todaySince } from "@/lib/review/local-state";
import { createScheduler, emptyState, type GradeValue } from "@/lib/review/scheduler";
import {
  SYNC_BATCH_LIMIT,
  type ReviewStateResponse,
  type SyncEvent,
  type SyncResponse,
} from "@/lib/review/sync-protocol";

const T0 = new Date("2026-12-07T09:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const review = (n: number, questionId: string, rating: GradeValue, minutes: number): SyncEvent => ({
  kind: "review",
  id: id(n),
  questionId,
  clozeIndex: 0,
  rating,
  reviewedAt: at(minutes).toISOString(),
  lang: "en",
});
const undo = (n: number, reviewId: number, minutes: number): SyncEvent => ({
  kind: "undo",
  id: id(n),
  reviewId: id(reviewId),
  at: at(minutes).toISOString(),
});
const EMPTY: ReviewStateResponse = {
  profileId: "p1",
  settings: { dailyNewLimit: 20, desiredRetention: 0.9, timeZone: "UTC" },
  cards: [],
  today: [],
  dayStart: at(-300).toISOString(),
  serverTime: T0.toISOString(),
};
const hashOf = () => ({ hash: "h1", lang: "en" as const });

/** What the server derives: the card's ratings replayed in time order from an unseen card. */
function replay(ratings: [GradeValue, number][]) {
  const scheduler = createScheduler(0.9);
  return ratings.reduce(
    (card, [rating, minutes]) => scheduler.rate(card, rating, at(minutes)).card,
    emptyState(at(ratings[0]![1])),
  );
}

describe("the device's view of the learner's cards", () => {
  it("applies the outbox's ratings in order, giving the card the server's replay of the same log gives", () => {
    const local = deriveLocalState(
      EMPTY,
      [review(1, "q1", 3, 0), review(2, "q2", 1, 1), review(3, "q1", 1, 10)],
      hashOf,
    );
    expect(local.cards.get("q1")).toMatchObject({
      ...replay([
        [3, 0],
        [1, 10],
      ]),
      contentHash: "h1",
      contentLang: "en",
    });
    expect(local.cards.get("q2")).toMatchObject(replay([[1, 1]]));
    expect(local.today.map((r) => r.id)).toEqual([id(1), id(2), id(3)]);
    expect(todaySince(local, at(-300))).toMatchObject({ newIntroduced: 2, last: { id: id(3) } });
  });

  it("an undo restores the card exactly; undoing a first rating makes the card unseen again", () => {
    const once = deriveLocalState(EMPTY, [review(1, "q1", 3, 0), review(2, "q1", 2, 10)], hashOf);
    const undone = deriveLocalState(EMPTY, [review(1, "q1", 3, 0), review(2, "q1", 2, 10), undo(3, 2, 11)], hashOf);
    const first = deriveLocalState(EMPTY, [review(1, "q1", 3, 0)], hashOf);
    expect(undone.cards.get("q1")).toEqual(first.cards.get("q1"));
    expect(undone.today.map((r) => r.id)).toEqual([id(1)]);
    expect(once.cards.get("q1")).not.toEqual(first.cards.get("q1"));
    const none = deriveLocalState(EMPTY, [review(1, "q1", 3, 0), undo(2, 1, 1)], hashOf);
    expect(none.cards.has("q1")).toBe(false);
    expect(todaySince(none, at(-300))).toEqual({ newIntroduced: 0, last: undefined });
  });

  it("after the server acknowledges part of the outbox, the view is the same as before (nothing shown twice or lost)", () => {
    const events = [review(1, "q1", 3, 0), review(2, "q2", 1, 1), review(3, "q1", 4, 12), undo(4, 3, 13)];
    const before = deriveLocalState(EMPTY, events, hashOf);
    const sent = events.slice(0, 2);
    // The server's derived cards for the two acknowledged ratings, as it answers them.
    const iso = (c: ReturnType<typeof replay>, q: string) => ({
      questionId: q,
      clozeIndex: 0,
      ...c,
      due: c.due.toISOString(),
      lastReview: c.lastReview!.toISOString(),
      contentHash: "h1",
      contentLang: "en",
    });
    const response: SyncResponse = {
      profileId: "p1",
      results: sent.map((e, index) => ({ index, id: e.id, status: "stored" as const })),
      cards: [iso(replay([[3, 0]]), "q1"), iso(replay([[1, 1]]), "q2")],
      serverTime: T0.toISOString(),
    };
    const server = mergeAcknowledged(EMPTY, response, sent, before.today);
    const after = deriveLocalState(server, events.slice(2), hashOf);
    expect(after.cards).toEqual(before.cards);
    expect(after.today).toEqual(before.today);

    // A state download read before the server stored the batch but arriving after its answer lacks both ratings
    // (it is EMPTY here), so the engine merges the answer again on top of it, as just above. Merged onto a download
    // that already has them, nothing doubles:
    const twice = mergeAcknowledged(server, response, sent, before.today);
    expect(twice.today).toEqual(server.today);
    expect(deriveLocalState(twice, events.slice(2), hashOf)).toEqual(after);
  });
});

describe("the outbox's batches", () => {
  const entry = (owner: string | null, n: number): OutboxEntry => ({ owner, event: review(n, "q1", 3, n) });

  it("never mix profiles and never exceed the server's limit", () => {
    expect(nextBatch([entry(null, 1), entry(null, 2), entry("p1", 3)]).map((e) => e.event.id)).toEqual([id(1), id(2)]);
    const many = Array.from({ length: SYNC_BATCH_LIMIT + 7 }, (_, n) => entry("p1", n));
    expect(nextBatch(many)).toHaveLength(SYNC_BATCH_LIMIT);
    expect(nextBatch([])).toEqual([]);
  });
});
