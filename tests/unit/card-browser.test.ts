import { describe, expect, it } from "vitest";
import { cardRows, filterRows } from "@/lib/review/card-browser";
import { deriveLocalState } from "@/lib/review/local-state";
import type { ReviewStateResponse, SyncEvent, SyncedCard } from "@/lib/review/sync-protocol";

const NOW = new Date("2026-12-07T12:00:00Z");
const DAY = { start: new Date("2026-12-07T04:00:00Z"), end: new Date("2026-12-08T04:00:00Z") };
const q = (id: string, topic: string, tags: string[], type: "open" | "cloze" = "open") => ({
  id,
  topic,
  bank: `${topic}/b`,
  tags,
  type,
  draft: false,
  retired: false,
  langs: type === "cloze" ? { en: { clozes: [{ index: 1 }, { index: 2 }] } } : {},
  v: "1",
});
const CATALOG = {
  questions: [q("a1", "alpha", ["x"]), q("a2", "alpha", ["y"]), q("b1", "beta", ["x"], "cloze")],
  banks: [
    { key: "alpha/b", questionIds: ["a1", "a2"], title: {} },
    { key: "beta/b", questionIds: ["b1"], title: {} },
  ],
  articles: [],
  topics: [
    { id: "alpha", name: {} },
    { id: "beta", name: {} },
  ],
};
const synced = (questionId: string, due: string, state: number): SyncedCard => ({
  questionId,
  clozeIndex: 0,
  due,
  stability: 3,
  difficulty: 5,
  elapsedDays: 0,
  scheduledDays: 1,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  state,
  lastReview: "2026-12-01T10:00:00.000Z",
  contentHash: "h",
  contentLang: "en",
});
const SERVER: ReviewStateResponse = {
  profileId: "p",
  settings: { dailyNewLimit: 20, desiredRetention: 0.9, timeZone: "UTC" },
  cards: [synced("a1", "2026-12-06T10:00:00.000Z", 2), synced("a2", "2026-12-10T10:00:00.000Z", 1)],
  today: [],
  dayStart: DAY.start.toISOString(),
  serverTime: NOW.toISOString(),
};
const suspend: SyncEvent = {
  kind: "card",
  id: "00000000-0000-4000-8000-000000000001",
  questionId: "b1",
  clozeIndex: 2,
  action: "suspend",
  at: NOW.toISOString(),
};

describe("the card browser's rows", () => {
  const local = deriveLocalState(SERVER, [suspend], () => undefined);
  const rows = cardRows(CATALOG, local, NOW, DAY);

  it("lists every published card in study order, new ones and each cloze blank included, with its state", () => {
    expect(rows.map((r) => [r.key, r.state, r.dueBucket])).toEqual([
      ["a1", "review", "overdue"],
      ["a2", "learning", "later"],
      ["b1#c1", "new", null],
      ["b1#c2", "suspended", null],
    ]);
  });

  it("filters by topic, tag, state, due and flagged questions, together", () => {
    const keys = (f: Parameters<typeof filterRows>[1]) => filterRows(rows, f).map((r) => r.key);
    expect(keys({ topic: "beta" })).toEqual(["b1#c1", "b1#c2"]);
    expect(keys({ tag: "x" })).toEqual(["a1", "b1#c1", "b1#c2"]);
    expect(keys({ state: "suspended" })).toEqual(["b1#c2"]);
    expect(keys({ due: "overdue" })).toEqual(["a1"]);
    expect(keys({ tag: "x", state: "new" })).toEqual(["b1#c1"]);
    expect(keys({ questionIds: new Set(["a2"]) })).toEqual(["a2"]);
  });
});
