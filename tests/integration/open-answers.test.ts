import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { answerQuestion } from "@/lib/attempts/answer-question";
import { selfGradeAnswer } from "@/lib/attempts/self-grade-answer";
import { startAttempt } from "@/lib/attempts/start-attempt";
import { loadContent } from "@/lib/content/load";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { earlierAnswers } from "@/lib/open-answers/earlier-answers";
import { saveOpenAnswer } from "@/lib/open-answers/save-open-answer";
import { quizContentFrom, type QuizContent } from "@/lib/quiz/content-source";
import { seededRandom } from "@/lib/quiz/random";
import { applySyncBatch } from "@/lib/review/apply-sync-batch";
import type { ReviewEvent } from "@/lib/review/sync-protocol";
import { contentRootWith } from "../helpers/content-fixtures";
import { fixtureQuestion } from "../helpers/question-fixture";
import { createTempDatabase } from "../helpers/temp-db";

const QUESTIONS = new Map(
  [fixtureQuestion("kp", "open", { zh: true, keyPoints: 3 }), fixtureQuestion("plain", "single")].map((q) => [q.id, q]),
);
const questionOf = (id: string) => QUESTIONS.get(id);
const T0 = new Date("2026-12-07T09:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

let db: PrismaClient;
let content: QuizContent;
let me: string;
let other: string;
beforeAll(async () => {
  ({ db } = await createTempDatabase());
  const { root, publicDir } = contentRootWith();
  content = quizContentFrom((await loadContent({ dir: root, publicDir })).snapshot);
});
afterAll(() => db.$disconnect());
beforeEach(async () => {
  [me, other] = [randomUUID(), randomUUID()];
  await db.profile.createMany({ data: [{ id: me }, { id: other }] });
});

const rating = (answer: ReviewEvent["answer"], questionId = "kp"): ReviewEvent => ({
  kind: "review",
  id: randomUUID(),
  questionId,
  clozeIndex: 0,
  rating: 2,
  reviewedAt: at(1).toISOString(),
  lang: "zh",
  answer,
});
const sync = (events: unknown[]) =>
  applySyncBatch(db, { profileId: me, events, questionOf, desiredRetention: 0.9, now: at(2) });

describe("a flashcard's typed answer, sent with its rating", () => {
  it("is kept once with the review, in the language it was answered in, even when the batch is sent again", async () => {
    const event = rating({
      text: "Queries meet keys; softmax; values mixed.",
      verdicts: ["covered", "partly", "missing"],
    });
    expect((await sync([event])).results).toEqual([{ index: 0, id: event.id, status: "stored" }]);
    expect((await sync([event])).results).toEqual([{ index: 0, id: event.id, status: "duplicate" }]);
    const rows = await db.openAnswer.findMany({ where: { profileId: me } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: event.id,
      questionId: "kp",
      lang: "zh",
      text: "Queries meet keys; softmax; values mixed.",
      source: "review",
      sourceId: event.id,
    });
    expect(JSON.parse(rows[0]!.verdicts)).toEqual(["covered", "partly", "missing"]);
    expect(rows[0]!.answeredAt.toISOString()).toBe(at(1).toISOString());
  });

  it("is refused by itself, naming the field, when its ticks do not match the key points or the question has none", async () => {
    const good = rating(undefined);
    const tooFew = rating({ text: "x", verdicts: ["covered"] });
    const noPoints = rating({ text: "x", verdicts: [] }, "plain");
    const badWord = { ...rating(undefined), answer: { text: "x", verdicts: ["yes", "no", "maybe"] } };
    const { results } = await sync([good, tooFew, noPoints, badWord]);
    expect(results[0]).toMatchObject({ status: "stored" });
    expect(results[1]).toMatchObject({
      status: "rejected",
      field: "events[1].answer.verdicts",
      message: "must hold 3 verdicts, one per key point, not 1",
    });
    expect(results[2]).toMatchObject({
      status: "rejected",
      field: "events[2].answer",
      message: 'question "plain" has no key points to check an answer against',
    });
    expect(results[3]).toMatchObject({
      status: "rejected",
      field: "events[3].answer.verdicts.0",
      message: "must be covered, partly or missing",
    });
    expect(await db.openAnswer.count({ where: { profileId: me } })).toBe(0);
  });
});

describe("a quiz answer's self-grade with ticked key points", () => {
  it("keeps the typed answer and the ticks with the grade, once, and refuses ticks that do not match", async () => {
    const attemptId = randomUUID();
    const filters = { topics: [], tags: [], types: ["open" as const], difficulty: [], count: 1 };
    await startAttempt(
      db,
      me,
      content,
      { attemptId, mode: "practice", source: { kind: "custom", filters } },
      T0,
      seededRandom(1),
    );
    const response = { type: "open" as const, text: "The model fits noise; validation loss rises." };
    await answerQuestion(
      db,
      me,
      content,
      { attemptId, answerId: randomUUID(), questionId: "demo-open", response, elapsedMs: 1000 },
      "en",
      at(1),
    );
    const grade = (answerId: string, verdicts: ("covered" | "missing")[]) =>
      selfGradeAnswer(
        db,
        me,
        content,
        { attemptId, answerId, questionId: "demo-open", grade: "partial", verdicts },
        at(2),
      );
    await expect(grade(randomUUID(), ["covered"])).rejects.toThrow(InvalidInputError);
    const answerId = randomUUID();
    await grade(answerId, ["covered", "covered", "missing"]);
    await grade(answerId, ["covered", "covered", "missing"]);
    const rows = await db.openAnswer.findMany({ where: { profileId: me } });
    expect(rows.map((r) => [r.id, r.source, r.sourceId, r.text, r.verdicts])).toEqual([
      [answerId, "quiz", attemptId, response.text, '["covered","covered","missing"]'],
    ]);
  });
});

describe("an answer saved on the question page", () => {
  const input = (extra: Partial<Parameters<typeof saveOpenAnswer>[3]> = {}) => ({
    id: randomUUID(),
    questionId: "kp",
    lang: "en" as const,
    text: "  My answer.  ",
    verdicts: ["covered", "missing", "missing"] as ("covered" | "missing")[],
    ...extra,
  });

  it("is kept once per id, trimmed, and listed newest first with the learner's other answers, never another's", async () => {
    const first = input();
    await saveOpenAnswer(db, me, questionOf, first, at(1));
    await saveOpenAnswer(db, me, questionOf, first, at(1));
    await saveOpenAnswer(db, me, questionOf, input({ text: "Second." }), at(5));
    await saveOpenAnswer(db, other, questionOf, input({ text: "Someone else's." }), at(6));
    const mine = await earlierAnswers(db, me, "kp");
    expect(mine.map((a) => [a.text, a.source, a.verdicts])).toEqual([
      ["Second.", "question", ["covered", "missing", "missing"]],
      ["My answer.", "question", ["covered", "missing", "missing"]],
    ]);
  });

  it("refuses an unknown question, ticks that do not match, a question without key points and another learner's id", async () => {
    await expect(saveOpenAnswer(db, me, questionOf, input({ questionId: "nope" }), at(1))).rejects.toThrow(
      NotFoundError,
    );
    await expect(saveOpenAnswer(db, me, questionOf, input({ verdicts: ["covered"] }), at(1))).rejects.toThrow(
      /one verdict per key point \(3\)/,
    );
    await expect(
      saveOpenAnswer(db, me, questionOf, input({ questionId: "plain", verdicts: [] }), at(1)),
    ).rejects.toThrow(/has no key points/);
    const theirs = input();
    await saveOpenAnswer(db, other, questionOf, theirs, at(1));
    await expect(saveOpenAnswer(db, me, questionOf, { ...theirs, text: "mine now" }, at(2))).rejects.toThrow(
      NotFoundError,
    );
    expect((await earlierAnswers(db, other, "kp"))[0]!.text).toBe("My answer.");
  });
});
