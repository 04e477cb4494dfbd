import { describe, expect, it } from "vitest";
import type { Question, QuestionType } from "@/lib/content/schemas/question";
import type { QuizSelect } from "@/lib/content/schemas/quiz";
import { seededRandom } from "@/lib/quiz/random";
import { questionsForSet, selectQuestions } from "@/lib/quiz/select";

let n = 0;
function question(type: QuestionType, extra: Partial<Question> = {}): Question {
  n++;
  return {
    id: `q-${n}-${type}`,
    type,
    difficulty: "easy",
    tags: [],
    draft: false,
    retired: false,
    topic: "demo",
    bank: "demo/basics",
    langs: {},
    ...extra,
  };
}

const bank: Question[] = [
  ...Array.from({ length: 6 }, () => question("single")),
  question("multiple", { difficulty: "hard", tags: ["attention"] }),
  question("boolean", { topic: "nlp" }),
  question("cloze", { tags: ["attention", "rag"] }),
  question("open"),
  question("code", { difficulty: "hard" }),
  question("single", { draft: true, id: "draft-one" }),
  question("single", { retired: true, id: "retired-one" }),
];
const none: Omit<QuizSelect, "count"> = { topics: [], tags: [], types: [], difficulty: [] };
const byId = new Map(bank.map((q) => [q.id, q]));

describe("selecting questions for a quiz", () => {
  it("draws the requested number, without repeats, never drafts or retired questions", () => {
    const ids = selectQuestions(bank, { ...none, count: 11 }, seededRandom(1));
    expect(ids).toHaveLength(11);
    expect(new Set(ids).size).toBe(11);
    expect(ids).not.toContain("draft-one");
    expect(ids).not.toContain("retired-one");
  });

  it("is reproducible with the same seed and differs with another", () => {
    const a = selectQuestions(bank, { ...none, count: 5 }, seededRandom(42));
    expect(selectQuestions(bank, { ...none, count: 5 }, seededRandom(42))).toEqual(a);
    expect(selectQuestions(bank, { ...none, count: 5 }, seededRandom(43))).not.toEqual(a);
  });

  it("applies each filter (any of its values)", () => {
    const pick = (filter: Partial<typeof none>) =>
      selectQuestions(bank, { ...none, ...filter, count: 50 }, seededRandom(7)).map((id) => byId.get(id)!);
    expect(pick({ topics: ["nlp"] }).map((q) => q.type)).toEqual(["boolean"]);
    expect(
      pick({ tags: ["rag", "attention"] })
        .map((q) => q.type)
        .sort(),
    ).toEqual(["cloze", "multiple"]);
    expect(
      pick({ difficulty: ["hard"] })
        .map((q) => q.type)
        .sort(),
    ).toEqual(["code", "multiple"]);
    expect(pick({ types: ["open"] }).map((q) => q.type)).toEqual(["open"]);
    expect(pick({ types: ["single"], difficulty: ["hard"] })).toEqual([]);
  });

  it("returns fewer when fewer match", () => {
    expect(selectQuestions(bank, { ...none, types: ["code"], count: 10 }, seededRandom(3))).toHaveLength(1);
  });

  it("mixes the requested types even in a short quiz, however many singles there are", () => {
    const types = ["single", "multiple", "boolean", "cloze", "open", "code"] as const;
    for (const seed of [1, 2, 3, 4, 5]) {
      const ids = selectQuestions(bank, { ...none, types: [...types], count: 6 }, seededRandom(seed));
      expect(ids.map((id) => byId.get(id)!.type).sort()).toEqual([...types].sort());
    }
  });
});

describe("the questions of a quiz set", () => {
  const listed = bank.slice(0, 6).map((q) => q.id);

  it("keeps the listed order unless the set shuffles", () => {
    expect(questionsForSet({ questions: listed, shuffle: false }, bank, seededRandom(1))).toEqual(listed);
    const shuffledIds = questionsForSet({ questions: listed, shuffle: true }, bank, seededRandom(1));
    expect([...shuffledIds].sort()).toEqual([...listed].sort());
    expect(shuffledIds).not.toEqual(listed);
  });

  it("leaves out listed questions that were retired since", () => {
    expect(questionsForSet({ questions: [listed[0]!, "retired-one"], shuffle: false }, bank, seededRandom(1))).toEqual([
      listed[0],
    ]);
  });

  it("draws afresh for a set defined by a selection", () => {
    const ids = questionsForSet(
      { select: { ...none, types: ["single"], count: 3 }, shuffle: true },
      bank,
      seededRandom(9),
    );
    expect(ids).toHaveLength(3);
    expect(ids.every((id) => byId.get(id)!.type === "single")).toBe(true);
  });
});
