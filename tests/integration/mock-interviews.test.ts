import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Article } from "@/lib/content/schemas/article";
import type { Question } from "@/lib/content/schemas/question";
import type { QuizSet } from "@/lib/content/schemas/quiz";
import type { PointVerdict } from "@/lib/coach/point-verdicts";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { addMockMissedToReview } from "@/lib/mock-interviews/add-missed";
import {
  currentQuestionId,
  findOwnMock,
  listFinishedMocks,
  listUnfinishedMocks,
} from "@/lib/mock-interviews/mock-record";
import { mockReport } from "@/lib/mock-interviews/report";
import { saveMockAnswer, SaveMockAnswerInputSchema } from "@/lib/mock-interviews/save-answer";
import { startMock, StartMockInputSchema, type StartMockInput } from "@/lib/mock-interviews/start-mock";
import { quizContentFrom } from "@/lib/quiz/content-source";
import { seededRandom } from "@/lib/quiz/random";
import { fixtureContent, fixtureQuestion } from "../helpers/question-fixture";
import { createTempDatabase } from "../helpers/temp-db";

const point = (must = false) => ({ html: "<p>p</p>", text: "p", must, weight: 1 });
function question(id: string, topic: string, type: Question["type"] = "open"): Question {
  const q = fixtureQuestion(id, type);
  return {
    ...q,
    topic,
    langs: { en: { ...fixtureContent(`${id}-hash`), keyPoints: [point(true), point(), point()] } },
  };
}
const questions = [
  ...["a1", "a2", "a3"].map((id) => question(id, "alpha")),
  question("b1", "beta", "code"),
  question("s1", "beta", "single"),
];
const quiz = {
  slug: "warm-up",
  title: { zh: "热身", en: "Warm-up" },
  description: { zh: "热身", en: "Warm-up" },
  questions: ["a1", "b1", "s1"],
  shuffle: false,
  source: { file: "quizzes/warm-up.yml" },
} as QuizSet;
const article = {
  slug: "basics",
  topic: "alpha",
  tags: [],
  related: ["a1"],
  sources: [],
  langs: {
    en: {
      title: "Basics",
      html: '<h2 id="first">First</h2><p><a href="/questions/a1">a1</a></p>',
      toc: [{ depth: 2, id: "first", text: "First" }],
    },
  },
} as unknown as Article;
const content = quizContentFrom({ questions, quizzes: [quiz], articles: [article] });

const T0 = new Date("2026-12-07T10:00:00Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

let db: PrismaClient;
let me: string;
let other: string;

beforeAll(async () => {
  ({ db } = await createTempDatabase());
});
afterAll(() => db.$disconnect());
beforeEach(async () => {
  [me, other] = [randomUUID(), randomUUID()];
  await db.profile.createMany({ data: [{ id: me }, { id: other }] });
});

const input = (extra: Partial<StartMockInput> = {}): StartMockInput => ({
  mockId: randomUUID(),
  scope: { kind: "topics", topics: ["alpha", "beta"] },
  length: 3,
  perQuestionMinutes: 2,
  enforced: false,
  ...extra,
});
const start = async (i = input(), profile = me) =>
  (await startMock(db, profile, content, i, T0, seededRandom(1))).mockId;
const load = async (id: string) => (await findOwnMock(db, me, id))!;

/** Answers the question the round is on. */
async function answerCurrent(mockId: string, now: Date, verdicts: PointVerdict[] = ["covered", "covered", "missing"]) {
  const mock = await load(mockId);
  const questionId = currentQuestionId(mock)!;
  const answerId = randomUUID();
  const outcome = await saveMockAnswer(
    db,
    me,
    content,
    { mockId, answerId, questionId, lang: "en", text: `answer to ${questionId}`, verdicts, seconds: 50 },
    now,
  );
  return { questionId, answerId, outcome };
}

describe("starting a mock interview", () => {
  it("draws its questions once: a repeated start with the same id opens the same round", async () => {
    const i = input();
    await start(i);
    await startMock(db, me, content, i, at(5), seededRandom(99));
    const mock = await load(i.mockId);
    expect(await db.mockInterview.count({ where: { profileId: me } })).toBe(1);
    expect(mock.questionIds).toHaveLength(3);
    expect(mock.questionIds.every((id) => ["a1", "a2", "a3", "b1"].includes(id))).toBe(true);
    expect(mock).toMatchObject({ scope: { topics: ["alpha", "beta"] }, perQuestionSec: 120, enforced: false });
    expect(mock.startedAt).toEqual(T0);
  });

  it("draws from a quiz set's askable questions, refusing a set with too few, and stores no enforcement without a time", async () => {
    const fromSet = input({ scope: { kind: "quiz", slug: "warm-up" }, perQuestionMinutes: null, enforced: true });
    // The set lists a1, b1 and a single-choice question: two askable, fewer than three.
    await expect(start(fromSet)).rejects.toMatchObject({ field: "length" });
    const longer = quizContentFrom({ questions, quizzes: [{ ...quiz, questions: ["a1", "a2", "b1"] }], articles: [] });
    await startMock(db, me, longer, fromSet, T0, seededRandom(2));
    const mock = await load(fromSet.mockId);
    expect(mock).toMatchObject({ scope: { quiz: "warm-up" }, perQuestionSec: null, enforced: false });
    expect([...mock.questionIds].sort()).toEqual(["a1", "a2", "b1"]);
  });

  it("refuses bad input with field errors, and someone else's id as not found", async () => {
    const bad = StartMockInputSchema.safeParse({ ...input(), length: 4, scope: { kind: "topics", topics: [] } });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["length", "scope.topics"]));
    expect(StartMockInputSchema.safeParse({ ...input(), perQuestionMinutes: 4 }).success).toBe(false);
    await expect(start(input({ scope: { kind: "topics", topics: ["no-such-topic"] } }))).rejects.toMatchObject({
      field: "scope.topics",
    });
    await expect(start(input({ scope: { kind: "quiz", slug: "no-such-set" } }))).rejects.toMatchObject({
      field: "scope.slug",
    });
    await expect(start(input({ length: 5 }))).rejects.toMatchObject({ field: "length" });
    const theirs = input();
    await start(theirs, other);
    await expect(start(theirs)).rejects.toThrow(NotFoundError);
  });
});

describe("answering", () => {
  it("saves the answer with its verdicts and seconds, resumes at the first unanswered question, and finishes after the last", async () => {
    const mockId = await start(input({ enforced: true }));
    const first = await answerCurrent(mockId, at(70));
    expect(first.outcome).toEqual({ finished: false });
    const row = await db.openAnswer.findUniqueOrThrow({ where: { id: first.answerId } });
    expect(row).toMatchObject({
      profileId: me,
      questionId: first.questionId,
      lang: "en",
      source: "mock",
      sourceId: mockId,
    });
    expect(row).toMatchObject({ mockId, seconds: 50, text: `answer to ${first.questionId}` });
    expect(JSON.parse(row.verdicts)).toEqual(["covered", "covered", "missing"]);

    // After a reload: the round is on its second question, which appeared when the first answer was saved.
    const resumed = await load(mockId);
    expect(currentQuestionId(resumed)).toBe(resumed.questionIds[1]);
    // Claimed more than has passed since it appeared (70 s → 100 s: 30 s), and the enforced limit caps it anyway.
    const second = await saveMockAnswer(
      db,
      me,
      content,
      {
        mockId,
        answerId: randomUUID(),
        questionId: resumed.questionIds[1]!,
        lang: "en",
        text: "",
        verdicts: ["missing", "missing", "missing"],
        seconds: 500,
      },
      at(100),
    );
    expect(second).toEqual({ finished: false });
    const third = await answerCurrent(mockId, at(400), ["covered", "covered", "covered"]);
    expect(third.outcome).toEqual({ finished: true });
    const done = await load(mockId);
    expect(done.finishedAt).toEqual(at(400));
    expect(done.answers.map((a) => a.seconds)).toEqual([50, 30, 50]);
    expect(done.answers.map((a) => a.questionId)).toEqual(done.questionIds);
  });

  it("takes a retried save once, and refuses another question, a wrong checklist, a finished round or someone else's", async () => {
    const mockId = await start();
    const mock = await load(mockId);
    const base = {
      mockId,
      answerId: randomUUID(),
      questionId: mock.questionIds[0]!,
      lang: "en" as const,
      text: "x",
      verdicts: ["covered", "partly", "missing"] as ("covered" | "partly" | "missing")[],
      seconds: 10,
    };
    await expect(
      saveMockAnswer(db, me, content, { ...base, questionId: mock.questionIds[1]! }, at(20)),
    ).rejects.toThrow(ConflictError);
    await expect(saveMockAnswer(db, me, content, { ...base, verdicts: ["covered"] }, at(20))).rejects.toMatchObject({
      field: "verdicts",
    });
    await expect(saveMockAnswer(db, other, content, base, at(20))).rejects.toThrow(NotFoundError);
    await saveMockAnswer(db, me, content, base, at(20));
    expect(await saveMockAnswer(db, me, content, base, at(25))).toEqual({ finished: false });
    expect(await db.openAnswer.count({ where: { mockId } })).toBe(1);
    // The same question again under a new id: the round has moved on.
    await expect(saveMockAnswer(db, me, content, { ...base, answerId: randomUUID() }, at(30))).rejects.toMatchObject({
      reason: "mock-not-current",
    });
    expect(SaveMockAnswerInputSchema.safeParse({ ...base, verdicts: ["great"] }).success).toBe(false);
    await answerCurrent(mockId, at(40));
    await answerCurrent(mockId, at(50));
    await expect(
      saveMockAnswer(db, me, content, { ...base, answerId: randomUUID(), questionId: mock.questionIds[2]! }, at(60)),
    ).rejects.toMatchObject({ reason: "mock-finished" });
  });
});

describe("the report", () => {
  it("lists each question with its answer, verdicts and coverage, scores the round, and is listed when finished", async () => {
    const mockId = await start();
    expect(await listFinishedMocks(db, me, 10)).toEqual([]);
    expect((await listUnfinishedMocks(db, me, 10)).map((m) => m.id)).toEqual([mockId]);
    await answerCurrent(mockId, at(60), ["covered", "covered", "covered"]);
    await answerCurrent(mockId, at(120), ["covered", "partly", "missing"]);
    await answerCurrent(mockId, at(180), ["missing", "covered", "covered"]);
    const mock = await load(mockId);
    const report = mockReport(content, [article], mock, "en");
    expect(report.rows.map((r) => r.coverage?.score)).toEqual([1, 0.5, 2 / 3]);
    expect(report.score).toBeCloseTo((1 + 0.5 + 2 / 3) / 3);
    expect(report.rows[2]!.coverage!.missedMust).toBe(true);
    expect(report.missed).toEqual(mock.questionIds.slice(1));
    expect(report.totalSeconds).toBe(150);
    // Each question links to the section of the article that cites it.
    const withA1 = mockReport(content, [article], { ...mock, questionIds: ["a1", "a2"], answers: [] }, "en");
    expect(withA1.rows.map((r) => r.explainers)).toEqual([
      [{ slug: "basics", lang: "en", title: "Basics", section: "first" }],
      [],
    ]);
    expect((await listFinishedMocks(db, me, 10)).map((m) => m.id)).toEqual([mockId]);
    expect(await listFinishedMocks(db, other, 10)).toEqual([]);
    expect(await listUnfinishedMocks(db, me, 10)).toEqual([]);
    expect(await findOwnMock(db, other, mockId)).toBeUndefined();
  });

  it("adds the questions not fully covered to review, once per card, only for the owner of a finished round", async () => {
    const mockId = await start();
    await expect(addMockMissedToReview(db, me, content, { mockId }, "en", at(10))).rejects.toMatchObject({
      reason: "mock-not-finished",
    });
    await answerCurrent(mockId, at(60), ["covered", "covered", "covered"]);
    await answerCurrent(mockId, at(120), ["covered", "partly", "covered"]);
    await answerCurrent(mockId, at(180), ["missing", "missing", "missing"]);
    await expect(addMockMissedToReview(db, other, content, { mockId }, "en", at(200))).rejects.toThrow(NotFoundError);
    expect(await addMockMissedToReview(db, me, content, { mockId }, "en", at(200))).toEqual({
      queued: 2,
      questions: 2,
    });
    expect(await addMockMissedToReview(db, me, content, { mockId }, "en", at(210))).toEqual({
      queued: 2,
      questions: 2,
    });
    const mock = await load(mockId);
    const cards = await db.card.findMany({ where: { profileId: me }, orderBy: { questionId: "asc" } });
    expect(cards.map((c) => c.questionId)).toEqual(mock.questionIds.slice(1).sort());
    expect(cards.every((c) => c.due.getTime() === at(210).getTime())).toBe(true);
  });
});
