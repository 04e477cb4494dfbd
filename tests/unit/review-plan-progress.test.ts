import { describe, expect, it } from "vitest";
import { planProgress } from "@/lib/review/plan-progress";

const NOW = new Date("2026-12-01T10:00:00Z");
const question = (id: string) => ({
  id,
  type: "open" as const,
  topic: "t",
  bank: "b",
  tags: [],
  draft: false,
  retired: false,
  langs: { en: {} },
  v: "1",
});
const catalog = { questions: ["a", "b", "c", "d"].map(question) };
const plan = {
  id: "p",
  date: "2026-12-15",
  finalPassStart: "2026-12-12T04:00:00.000Z",
  finalPassEnd: "2026-12-15T04:00:00.000Z",
  questionIds: ["a", "b", "c"],
};

describe("the review page's plan line", () => {
  it("counts the scope's cards not met yet and the pace to meet them before the final pass", () => {
    const cards = new Map([
      ["a", { state: 2 }],
      ["b", { state: 0 }],
    ]);
    expect(planProgress(plan, catalog, cards, NOW)).toEqual({ date: "2026-12-15", left: 2, perDay: 1 });
    expect(planProgress({ ...plan, questionIds: null }, catalog, new Map(), NOW)).toMatchObject({ left: 4, perDay: 1 });
    expect(planProgress(plan, catalog, new Map(), new Date("2026-12-13T10:00:00Z"))).toMatchObject({ perDay: 3 });
  });
});
