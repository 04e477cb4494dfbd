import { describe, expect, it } from "vitest";
import { mergeAcknowledged } from "@/lib/local-review/sync";
import { heldKeys, holdStatus } from "@/lib/review/card-holds";
import { deriveLocalState } from "@/lib/review/local-state";
import { localQueue } from "@/lib/review/local-session";
import { buildQueue, type QueueInput } from "@/lib/review/queue";
import { studyDayEnd, studyDayStart } from "@/lib/review/study-day";
import { parseSyncItems } from "@/lib/review/sync-items";
import type { CardHold, ReviewStateResponse, SyncEvent } from "@/lib/review/sync-protocol";
import { fixtureQuestion } from "../helpers/question-fixture";

const NOW = new Date("2026-12-07T12:00:00Z");
const TZ = "Asia/Shanghai";
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const key = (questionId: string) => ({ questionId, clozeIndex: 0 });
const minutes = (m: number) => new Date(NOW.getTime() + m * 60_000).toISOString();
const card = (n: number, questionId: string, action: "suspend" | "unsuspend" | "bury", m: number): SyncEvent => ({
  kind: "card",
  id: id(n),
  ...key(questionId),
  action,
  at: minutes(m),
  ...(action === "bury" && { until: studyDayEnd(new Date(minutes(m)), TZ).toISOString() }),
});
const hold = (e: SyncEvent) => e as Extract<SyncEvent, { kind: "card" }> as unknown as CardHold;
const input = (over: Partial<QueueInput>): QueueInput => ({
  cards: [],
  candidates: ["a", "b", "c"].map(key),
  newIntroducedToday: 0,
  dailyNewLimit: 20,
  now: NOW,
  dayStart: studyDayStart(NOW, TZ),
  dayEnd: studyDayEnd(NOW, TZ),
  ...over,
});
const SERVER: ReviewStateResponse = {
  profileId: "p1",
  settings: { dailyNewLimit: 20, desiredRetention: 0.9, timeZone: TZ },
  cards: [],
  today: [],
  dayStart: studyDayStart(NOW, TZ).toISOString(),
  serverTime: NOW.toISOString(),
};
const hashOf = () => ({ hash: "h", lang: "en" as const });

describe("suspended and buried cards in the queue", () => {
  it("leaves a suspended card out of every queue, due or new, until it is unsuspended", () => {
    const due = { ...key("b"), due: new Date(minutes(-60)), state: 2, lastReview: new Date(minutes(-9000)) };
    const suspended = heldKeys(
      [{ ...hold(card(1, "a", "suspend", -5)) }, { ...hold(card(2, "b", "suspend", -5)) }],
      NOW,
    );
    const q = buildQueue(input({ cards: [due], held: suspended }));
    expect(q.next).toEqual({ ...key("c"), isNew: true });
    expect(q.counts).toEqual({ newLeft: 1, learning: 0, review: 0, dueToday: 1 });
    // The next new card takes the suspended one's place within the daily limit.
    expect(buildQueue(input({ dailyNewLimit: 1, held: suspended })).next).toEqual({ ...key("c"), isNew: true });
    const local = deriveLocalState(SERVER, [card(1, "a", "suspend", -5), card(3, "a", "unsuspend", -1)], hashOf);
    expect(heldKeys(local.holds.values(), NOW).size).toBe(0);
  });

  it("brings a buried card back when the learner's next study day begins (04:00 in their zone)", () => {
    const bury = hold(card(1, "a", "bury", 0));
    // 12:00 UTC is 20:00 in Shanghai: the next study day starts at 04:00 there, 20:00 UTC.
    expect(bury.until).toBe("2026-12-07T20:00:00.000Z");
    expect(holdStatus(bury, NOW)).toBe("buried");
    expect(holdStatus(bury, new Date("2026-12-07T19:59:59Z"))).toBe("buried");
    expect(holdStatus(bury, new Date("2026-12-07T20:00:00Z"))).toBeUndefined();
    const tomorrow = new Date("2026-12-07T21:00:00Z");
    expect(buildQueue(input({ held: heldKeys([bury], NOW) })).next).toEqual({ ...key("b"), isNew: true });
    expect(buildQueue(input({ now: tomorrow, held: heldKeys([bury], tomorrow) })).next).toEqual({
      ...key("a"),
      isNew: true,
    });
  });
});

describe("replaying card actions on the device", () => {
  it("lets the latest action by the device's time win, whichever device made it", () => {
    // This device suspended offline at -5; another device unsuspended at -2 and the download carries it.
    const server = { ...SERVER, holds: [hold(card(2, "a", "unsuspend", -2))] };
    const local = deriveLocalState(server, [card(1, "a", "suspend", -5)], hashOf);
    expect(holdStatus(local.holds.get("a"), NOW)).toBeUndefined();
    // A later action here wins over the older download.
    const later = deriveLocalState(server, [card(3, "a", "suspend", -1)], hashOf);
    expect(holdStatus(later.holds.get("a"), NOW)).toBe("suspended");
  });

  it("keeps the server's answer for an acknowledged action once it leaves the outbox", () => {
    const sent = [card(1, "a", "bury", -1)];
    const merged = mergeAcknowledged(
      SERVER,
      {
        profileId: "p1",
        results: [{ index: 0, id: id(1), status: "stored" }],
        cards: [],
        holds: [hold(sent[0]!)],
        serverTime: NOW.toISOString(),
      },
      sent,
      [],
    );
    const local = deriveLocalState(merged, [], hashOf);
    expect(holdStatus(local.holds.get("a"), NOW)).toBe("buried");
  });

  it("builds the review session's queue without the held cards", () => {
    const questions = ["a", "b"].map((q) => ({
      id: q,
      v: "1",
      topic: "t",
      bank: "k",
      tags: [],
      type: "open" as const,
      langs: {},
      draft: false,
      retired: false,
    }));
    const banks = [{ key: "k", questionIds: ["a", "b"], title: {} }];
    const catalog = { version: "v", topics: [{ id: "t", name: {} }], banks, articles: [], questions };
    const local = deriveLocalState(SERVER, [card(1, "a", "suspend", -1)], hashOf);
    const queue = localQueue(catalog, local, {}, { dailyNewLimit: 20 }, TZ, NOW);
    expect(queue?.next).toEqual({ ...key("b"), isNew: true });
  });
});

describe("a reset on the device", () => {
  it("forgets the card (new again, as the server's replay leaves it) and rates it afresh after", () => {
    const rating = (n: number, m: number): SyncEvent => ({
      kind: "review",
      id: id(n),
      ...key("a"),
      rating: 3,
      reviewedAt: minutes(m),
      lang: "en",
    });
    const reset: SyncEvent = { kind: "card", id: id(2), ...key("a"), action: "reset", at: minutes(-5) };
    expect(deriveLocalState(SERVER, [rating(1, -10), reset], hashOf).cards.has("a")).toBe(false);
    const again = deriveLocalState(SERVER, [rating(1, -10), reset, rating(3, -1)], hashOf).cards.get("a");
    const fresh = deriveLocalState(SERVER, [rating(3, -1)], hashOf).cards.get("a");
    expect(again).toEqual(fresh);
    // A reset is no hold: the card comes up as a new card.
    expect(heldKeys(deriveLocalState(SERVER, [reset], hashOf).holds.values(), NOW).size).toBe(0);
  });
});

describe("parsing card actions", () => {
  const questionOf = (qid: string) => (qid === "a" ? fixtureQuestion("a", "open") : undefined);
  it("refuses a bad item by itself, naming its field", () => {
    const good = card(1, "a", "bury", -1);
    const items = parseSyncItems(
      [
        good,
        { ...card(2, "a", "suspend", -1), action: "delete" },
        { ...card(3, "a", "bury", -1), until: minutes(60 * 30) },
        { ...card(4, "a", "suspend", -1), until: minutes(60) },
        card(5, "nope", "suspend", -1),
        { ...card(6, "a", "suspend", 0), at: minutes(60) },
      ],
      questionOf,
      NOW,
    );
    expect(items[0]).toMatchObject({ kind: "card", index: 0 });
    expect(items.slice(1).map((i) => ("field" in i ? i.field : "accepted"))).toEqual([
      "events[1].action",
      "events[2].until",
      "events[3].until",
      "events[4].questionId",
      "events[5].at",
    ]);
  });
});
