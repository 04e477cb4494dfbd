import { describe, expect, it, vi } from "vitest";
import type { Question } from "@/lib/content/schemas/question";
import { fixtureQuestion } from "../helpers/question-fixture";

const state = vi.hoisted(() => ({ snapshot: {} as object }));
vi.mock("@/lib/data/snapshot", () => ({ getSnapshot: () => state.snapshot }));

const { topicPlace } = await import("@/lib/data/question-neighbours");

const question = (id: string, topic: string, extra: Partial<Question> = {}): Question => ({
  ...fixtureQuestion(id),
  topic,
  ...extra,
});

function useSnapshot(banks: { topic: string; questionIds: string[] }[], questions: Question[]) {
  state.snapshot = { banks, questions };
}

describe("a question's place in its topic (previous and next on the question page)", () => {
  const a1 = question("a1", "a");
  const a2 = question("a2", "a");
  const draft = question("a-draft", "a", { draft: true });
  const retired = question("a-retired", "a", { retired: true });
  const a3 = question("a3", "a");
  const b1 = question("b1", "b");

  it("follows the topic page's order, bank after bank, and skips drafts and retired questions", () => {
    useSnapshot(
      [
        { topic: "a", questionIds: ["a1", "a-draft", "a2"] },
        { topic: "b", questionIds: ["b1"] },
        { topic: "a", questionIds: ["a-retired", "a3"] },
      ],
      [a1, a2, draft, retired, a3, b1],
    );
    expect(topicPlace(a2)).toEqual({ topic: "a", position: 2, total: 3, previous: a1, next: a3 });
    // The last question of one bank leads to the first of the topic's next bank, never into another topic.
    expect(topicPlace(a3)).toEqual({ topic: "a", position: 3, total: 3, previous: a2, next: undefined });
    expect(topicPlace(a1)).toEqual({ topic: "a", position: 1, total: 3, previous: undefined, next: a2 });
    expect(topicPlace(b1)).toEqual({ topic: "b", position: 1, total: 1, previous: undefined, next: undefined });
    expect(topicPlace(draft)).toBeUndefined();
  });

  it("reads a rebuilt snapshot afresh", () => {
    useSnapshot([{ topic: "a", questionIds: ["a1", "a2"] }], [a1, a2]);
    expect(topicPlace(a1)?.next).toBe(a2);
    useSnapshot([{ topic: "a", questionIds: ["a2", "a1"] }], [a1, a2]);
    expect(topicPlace(a1)).toEqual({ topic: "a", position: 2, total: 2, previous: a2, next: undefined });
  });
});
