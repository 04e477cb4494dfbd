import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graderSuggestions } from "@/lib/grading/answer-suggestions";
import { sha256 } from "@/lib/grading/grading-rows";
import { createTempDatabase } from "../helpers/temp-db";

const points = [
  { html: "", text: "Queries, keys and values.", must: true, weight: 1 },
  { html: "", text: "A softmax gives the weights.", must: false, weight: 1 },
  { html: "", text: "The output is a weighted sum.", must: false, weight: 2 },
];
const verdicts = [
  { verdict: "covered", evidence: "a query, a key and a value" },
  { verdict: "missing", evidence: "" },
  { verdict: "partly", evidence: "sum" },
];

let db: PrismaClient;
const student = "00000000-0000-4000-8000-00000000aaaa";
beforeAll(async () => {
  ({ db } = await createTempDatabase());
  await db.profile.create({ data: { id: student } });
  const row = (id: string, questionId: string, answer: string, at: string, score: number, v = verdicts) =>
    db.answerGrading.create({
      data: {
        id,
        profileId: student,
        questionId,
        lang: "en",
        answerHash: sha256(answer),
        promptHash: id,
        model: `judge-${id}`,
        verdicts: JSON.stringify(v),
        score,
        missedMust: false,
        createdAt: new Date(at),
      },
    });
  await row("old", "q1", "my answer", "2026-12-01T00:00:00Z", 0.1);
  await row("new", "q1", "my answer", "2026-12-02T00:00:00Z", 0.5);
  await row("other-text", "q2", "an earlier draft", "2026-12-02T00:00:00Z", 1);
  await row("old-rubric", "q3", "third answer", "2026-12-02T00:00:00Z", 1, verdicts.slice(0, 2));
});
afterAll(() => db.$disconnect());

describe("the grader's suggestions in the gradebook", () => {
  it("shows the newest grading of exactly the submitted text, point by point in the reader's language", async () => {
    const found = await graderSuggestions(db, student, [
      { questionId: "q1", text: "my answer", points },
      { questionId: "q2", text: "the submitted answer", points },
      { questionId: "q3", text: "third answer", points },
    ]);
    expect([...found.keys()]).toEqual(["q1"]);
    expect(found.get("q1")).toEqual({
      model: "judge-new",
      score: 0.5,
      missedMust: false,
      points: [
        { text: "Queries, keys and values.", must: true, verdict: "covered", evidence: "a query, a key and a value" },
        { text: "A softmax gives the weights.", must: false, verdict: "missing", evidence: "" },
        { text: "The output is a weighted sum.", must: false, verdict: "partly", evidence: "sum" },
      ],
    });
  });

  it("shows nothing of another learner's gradings", async () => {
    const other = "00000000-0000-4000-8000-00000000bbbb";
    expect((await graderSuggestions(db, other, [{ questionId: "q1", text: "my answer", points }])).size).toBe(0);
  });
});
