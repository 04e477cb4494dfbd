import { describe, expect, it } from "vitest";
import { weakestQuestions } from "@/lib/stats/weakest";

const card = (questionId: string, lapses: number, stability: number, reps = 3) => ({
  questionId,
  lapses,
  stability,
  reps,
});

describe("weakest questions", () => {
  it("orders by lapses, then lowest stability, then most recent Again, and leaves out cards never reviewed", () => {
    const lastAgain = new Map([
      ["tie-old", new Date("2026-11-01T00:00:00Z")],
      ["tie-new", new Date("2026-11-20T00:00:00Z")],
    ]);
    const weakest = weakestQuestions(
      [
        card("steady", 0, 50),
        card("tie-old", 2, 5),
        card("most-lapses", 4, 90),
        card("tie-new", 2, 5),
        card("shaky", 2, 1),
        card("unseen", 0, 0, 0),
      ],
      lastAgain,
    );
    expect(weakest.map((w) => w.questionId)).toEqual(["most-lapses", "shaky", "tie-new", "tie-old", "steady"]);
    expect(weakest[2]!.lastAgain).toEqual(new Date("2026-11-20T00:00:00Z"));
    expect(weakest[1]!.lastAgain).toBeNull();
  });

  it("sums a cloze question's lapses over its blanks, takes its weakest blank's stability, and keeps ten", () => {
    const cards = [
      card("cloze", 1, 30),
      card("cloze", 1, 4),
      card("single", 1, 2),
      ...Array.from({ length: 12 }, (_, i) => card(`q${i}`, 0, 10 + i)),
    ];
    const weakest = weakestQuestions(cards, new Map());
    expect(weakest).toHaveLength(10);
    expect(weakest[0]).toEqual({ questionId: "cloze", lapses: 2, stability: 4, lastAgain: null });
    expect(weakest[1]!.questionId).toBe("single");
    expect(weakest.at(-1)!.questionId).toBe("q7");
  });
});
