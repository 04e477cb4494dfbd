import { describe, expect, it } from "vitest";
import { masteryByTopic } from "@/lib/stats/mastery";

const key = (questionId: string, clozeIndex = 0) => ({ questionId, clozeIndex });

describe("mastery per topic", () => {
  it("is the share of the topic's cards with a stability of at least 21 days; unseen cards count as not mastered", () => {
    const topics = [
      { topicId: "a", cards: [key("q1"), key("q2"), key("c", 1), key("c", 2)] },
      { topicId: "b", cards: [key("q3")] },
      { topicId: "empty", cards: [] },
    ];
    const stored = [
      { ...key("q1"), stability: 21 },
      { ...key("q2"), stability: 20.99 },
      { ...key("c", 1), stability: 80 },
      { ...key("q3"), stability: 3 },
      { ...key("elsewhere"), stability: 99 },
    ];
    expect(masteryByTopic(topics, stored)).toEqual([
      { topicId: "a", cards: 4, mastered: 2, share: 0.5 },
      { topicId: "b", cards: 1, mastered: 0, share: 0 },
      { topicId: "empty", cards: 0, mastered: 0, share: 0 },
    ]);
  });
});
