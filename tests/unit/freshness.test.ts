import { describe, expect, it } from "vitest";
import { findStaleQuestions } from "@/lib/content/freshness";
import type { Question } from "@/lib/content/schemas/question";
import type { Topic } from "@/lib/content/schemas/topic";

const topic = (id: string, volatile: boolean): Topic => ({
  id,
  order: 1,
  volatile,
  name: { zh: id, en: id },
  description: { zh: id, en: id },
});
const question = (id: string, topicId: string, lastVerified?: string, extra: Partial<Question> = {}): Question => ({
  id,
  type: "open",
  difficulty: "easy",
  tags: [],
  draft: false,
  retired: false,
  topic: topicId,
  bank: `${topicId}/b`,
  langs: {},
  lastVerified,
  ...extra,
});

describe("stale facts", () => {
  const now = new Date("2026-11-22T00:00:00Z");
  const topics = [topic("law", true), topic("math", false)];

  it("warns about volatile-topic questions not verified in the last 12 months", () => {
    const stale = findStaleQuestions(
      [
        question("never-checked", "law"),
        question("checked-long-ago", "law", "2025-10-01"),
        question("checked-recently", "law", "2026-03-01"),
        question("stable-topic", "math"),
        question("draft", "law", undefined, { draft: true }),
      ],
      topics,
      now,
    );
    expect(stale.map((s) => s.question.id)).toEqual(["never-checked", "checked-long-ago"]);
  });

  it("uses the clock it is given", () => {
    const later = new Date("2027-03-02T00:00:00Z");
    expect(findStaleQuestions([question("q", "law", "2026-03-01")], topics, later).map((s) => s.question.id)).toEqual([
      "q",
    ]);
  });
});
