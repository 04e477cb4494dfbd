import { describe, expect, it } from "vitest";
import type { ReviewCatalog } from "@/lib/review/catalog";
import { deriveLocalState } from "@/lib/review/local-state";
import { MISTAKES_WINDOW_DAYS, mistakeCards, type MistakeRow } from "@/lib/review/mistakes";
import { deckOfMistakes, mistakesQueue } from "@/lib/review/mistakes-queue";
import { parseReviewScope, questionsInScope } from "@/lib/review/scope";
import type { ReviewEvent, SyncEvent } from "@/lib/review/sync-protocol";

const NOW = new Date("2026-12-07T12:00:00Z");
const ago = (days: number, hours = 0) => new Date(NOW.getTime() - days * 86_400_000 - hours * 3_600_000);

const question = (id: string, type: "open" | "cloze" = "open") => ({
  id,
  type,
  topic: "t",
  bank: "t/b",
  tags: [],
  draft: false,
  retired: false,
  langs: { en: type === "cloze" ? { clozes: [{ index: 1 }, { index: 2 }] } : {} },
  v: `${id}-v1`,
});
const catalog: ReviewCatalog = {
  version: "1",
  questions: ["q1", "q2", "q3", "q4"].map((id) => question(id)).concat(question("cz", "cloze")),
  banks: [{ key: "t/b", questionIds: ["q1", "q2", "q3", "q4", "cz"], title: { en: "B" } }],
  articles: [],
  topics: [{ id: "t", name: { en: "T" } }],
};
const questions = questionsInScope(catalog, { deck: "mistakes" })!;

let serial = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++serial).padStart(12, "0")}`;
const rating = (questionId: string, value: 1 | 2 | 3 | 4, at: Date, clozeIndex = 0): ReviewEvent => ({
  kind: "review",
  id: uuid(),
  questionId,
  clozeIndex,
  rating: value,
  reviewedAt: at.toISOString(),
  lang: "en",
});
/** The device's state: an empty download with these ratings and undos waiting in the outbox. */
const deviceWith = (events: SyncEvent[]) =>
  deriveLocalState(
    { cards: [], today: [], settings: { dailyNewLimit: 20, desiredRetention: 0.9, timeZone: "UTC" } },
    events,
    () => undefined,
  );
const again = (questionId: string, at: Date, clozeIndex = 0): MistakeRow => ({
  kind: "again",
  questionId,
  clozeIndex,
  at: at.toISOString(),
});
const quiz = (questionId: string, at: Date): MistakeRow => ({
  kind: "quiz",
  questionId,
  clozeIndex: 0,
  at: at.toISOString(),
});
const keys = (deck: { questionId: string; clozeIndex: number }[]) => deck.map((c) => `${c.questionId}#${c.clozeIndex}`);

describe("the cards of the 'my mistakes' deck", () => {
  it("holds cards rated Again within the window, earlier days from the download and today from the device", () => {
    const today = deviceWith([rating("q2", 1, ago(0, 1)), rating("q3", 3, ago(0, 1))]).today;
    const deck = mistakeCards(questions, [again("q1", ago(MISTAKES_WINDOW_DAYS - 1))], today, NOW);
    expect(keys(deck)).toEqual(["q2#0", "q1#0"]);
    expect(deck.map((c) => c.sources)).toEqual([["again"], ["again"]]);
  });

  it("leaves out an Again older than the window, and a question or blank no longer published", () => {
    const rows = [again("q1", ago(MISTAKES_WINDOW_DAYS, 1)), again("gone", ago(1)), again("cz", ago(1), 7)];
    expect(mistakeCards(questions, rows, [], NOW)).toEqual([]);
  });

  it("does not count a rating taken back", () => {
    const undone = rating("q1", 1, ago(0, 2));
    const today = deviceWith([
      undone,
      { kind: "undo", id: uuid(), reviewId: undone.id, at: ago(0, 1).toISOString() },
    ]).today;
    expect(mistakeCards(questions, [], today, NOW)).toEqual([]);
  });

  it("merges quiz mistakes with Again ratings, one entry per card with the latest time, every blank of a cloze", () => {
    const today = deviceWith([rating("q1", 1, ago(0, 1))]).today;
    const rows = [quiz("q1", ago(2)), quiz("cz", ago(3)), again("cz", ago(5), 2), quiz("q4", ago(20))];
    const deck = mistakeCards(questions, rows, today, NOW);
    expect(keys(deck)).toEqual(["q1#0", "cz#1", "cz#2"]);
    expect(deck[0]).toMatchObject({ at: ago(0, 1), sources: ["again", "quiz"] });
    expect(deck[2]).toMatchObject({ at: ago(3), sources: ["again", "quiz"] });
  });

  it("puts the most recent mistake first, and mistakes made at the same time in study order", () => {
    const rows = [quiz("q3", ago(1)), quiz("q2", ago(1)), again("q4", ago(4)), again("q1", ago(0, 5))];
    expect(keys(mistakeCards(questions, rows, [], NOW))).toEqual(["q1#0", "q2#0", "q3#0", "q4#0"]);
  });
});

describe("a 'my mistakes' session", () => {
  const sessionStart = ago(0, 1);
  it("shows every card of the deck whether it is due or not, and a card rated in this session is done", () => {
    // q1 was rated Easy before this session (not due for days), and is a mistake from a quiz.
    const before = deviceWith([rating("q1", 4, ago(0, 1.5))]);
    expect(before.cards.get("q1")!.due.getTime()).toBeGreaterThan(NOW.getTime() + 86_400_000);
    const rows = [quiz("q1", ago(1)), again("q2", ago(2))];
    const start = mistakesQueue(catalog, before, deckOfMistakes(catalog, before, rows, NOW), sessionStart, "UTC", NOW);
    expect(start.next).toEqual({ questionId: "q1", clozeIndex: 0, isNew: false });
    expect(start.counts).toEqual({ newLeft: 1, learning: 0, review: 1, dueToday: 2 });
    expect(start.upcoming).toEqual([
      { id: "q1", v: "q1-v1" },
      { id: "q2", v: "q2-v1" },
    ]);

    // Rated Again in the session: now its latest mistake, but gone over; the next card is q2.
    const after = deviceWith([rating("q1", 4, ago(0, 1.5)), rating("q1", 1, ago(0, 0.5))]);
    const deck = deckOfMistakes(catalog, after, rows, NOW);
    expect(keys(deck)).toEqual(["q1#0", "q2#0"]);
    const later = mistakesQueue(catalog, after, deck, sessionStart, "UTC", NOW);
    expect(later.next).toEqual({ questionId: "q2", clozeIndex: 0, isNew: true });
    expect(later.counts.dueToday).toBe(1);
    expect(later.last?.questionId).toBe("q1");
  });

  it("leaves out a card the learner suspended, as every other session does", () => {
    const rows = [quiz("q1", ago(1)), again("q2", ago(2))];
    const suspend: SyncEvent = {
      kind: "card",
      id: uuid(),
      questionId: "q1",
      clozeIndex: 0,
      action: "suspend",
      at: ago(0, 2).toISOString(),
    };
    const device = deviceWith([suspend]);
    expect(keys(deckOfMistakes(catalog, device, rows, NOW))).toEqual(["q2#0"]);
  });

  it("is empty when there are no mistakes", () => {
    const deck = deckOfMistakes(catalog, deviceWith([]), undefined, NOW);
    expect(deck).toEqual([]);
    const queue = mistakesQueue(catalog, deviceWith([]), deck, sessionStart, "UTC", NOW);
    expect(queue.next).toBeUndefined();
    expect(queue.counts.dueToday).toBe(0);
  });
});

describe("the deck named in the address", () => {
  const parse = (query: string) => parseReviewScope(new URLSearchParams(query).entries());
  it("is a scope of its own: known decks draw from every question, an unknown one names nothing", () => {
    expect(parse("deck=mistakes")).toEqual({ deck: "mistakes" });
    expect(parse("deck=mistakes&topic=t")).toBeUndefined();
    expect(questionsInScope(catalog, { deck: "mistakes" })?.length).toBe(5);
    expect(questionsInScope(catalog, { deck: "nope" })).toBeUndefined();
  });
});
