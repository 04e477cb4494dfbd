import { describe, expect, it } from "vitest";
import { dueTodayByTopic } from "@/lib/review/due-by-topic";
import { buildQueue, type QueueInput } from "@/lib/review/queue";
import { cardKeysInScope, questionsInScope, type ScopeQuestion } from "@/lib/review/scope";
import { studyDayEnd, studyDayStart } from "@/lib/review/study-day";

const NOW = new Date("2026-12-07T12:00:00Z");
const question = (id: string, topic: string, bank: string): ScopeQuestion => ({
  id,
  topic,
  bank,
  tags: [],
  draft: false,
  retired: false,
  type: "open",
  langs: { en: {} },
});

// Bank paths sort "coding-exercises/…" first, but the curriculum starts with LLM fundamentals.
const library = {
  topics: [{ id: "llm-fundamentals" }, { id: "transformer" }, { id: "coding-exercises" }],
  banks: [
    { key: "coding-exercises/numpy", questionIds: ["code-1", "code-2"] },
    { key: "llm-fundamentals/basics", questionIds: ["llm-2", "llm-1"] },
    { key: "llm-fundamentals/scaling", questionIds: ["llm-3"] },
    { key: "transformer/attention", questionIds: ["tf-1", "tf-2"] },
  ],
  articles: [],
  questions: [
    question("code-1", "coding-exercises", "coding-exercises/numpy"),
    question("code-2", "coding-exercises", "coding-exercises/numpy"),
    question("llm-1", "llm-fundamentals", "llm-fundamentals/basics"),
    question("llm-2", "llm-fundamentals", "llm-fundamentals/basics"),
    question("llm-3", "llm-fundamentals", "llm-fundamentals/scaling"),
    question("tf-1", "transformer", "transformer/attention"),
    question("tf-2", "transformer", "transformer/attention"),
  ],
};

const session = (over: Partial<QueueInput>): QueueInput => ({
  cards: [],
  candidates: cardKeysInScope(questionsInScope(library, {})!),
  newIntroducedToday: 0,
  dailyNewLimit: 4,
  now: NOW,
  dayStart: studyDayStart(NOW, "UTC"),
  dayEnd: studyDayEnd(NOW, "UTC"),
  ...over,
});
const topicOf = (id: string) => library.questions.find((q) => q.id === id)?.topic;

describe("a first session", () => {
  it("takes new cards in the curriculum's topic order, then in the order of the questions inside a topic", () => {
    expect(questionsInScope(library, {})!.map((q) => q.id)).toEqual([
      "llm-2",
      "llm-1",
      "llm-3",
      "tf-1",
      "tf-2",
      "code-1",
      "code-2",
    ]);
    expect(buildQueue(session({})).next).toEqual({ questionId: "llm-2", clozeIndex: 0, isNew: true });
  });

  it("keeps one topic's questions in their order when the session is scoped to it", () => {
    expect(questionsInScope(library, { topic: "transformer" })!.map((q) => q.id)).toEqual(["tf-1", "tf-2"]);
  });
});

describe("today's cards per topic", () => {
  it("attributes each of the session's cards to its topic, so the topics add up to the total", () => {
    const { total, byTopic } = dueTodayByTopic(session({}), topicOf);
    expect(total).toBe(4);
    expect(total).toBe(buildQueue(session({})).counts.dueToday);
    expect(Object.fromEntries(byTopic)).toEqual({ "llm-fundamentals": 3, transformer: 1 });
  });

  it("counts due reviews in their own topic beside the new cards the limit still allows", () => {
    const due = {
      questionId: "code-2",
      clozeIndex: 0,
      due: new Date(NOW.getTime() - 60_000),
      state: 2,
      lastReview: null,
    };
    const later = { ...due, questionId: "tf-2", due: new Date(NOW.getTime() + 3 * 86_400_000) };
    const input = session({ cards: [due, later], newIntroducedToday: 2 });
    const { total, byTopic } = dueTodayByTopic(input, topicOf);
    expect(Object.fromEntries(byTopic)).toEqual({ "coding-exercises": 1, "llm-fundamentals": 2 });
    expect(total).toBe(3);
    expect([...byTopic.values()].reduce((a, b) => a + b, 0)).toBe(buildQueue(input).counts.dueToday);
  });
});
