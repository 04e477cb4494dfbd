import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { quizContentFrom, type QuizContent } from "@/lib/quiz/content-source";
import { seededRandom } from "@/lib/quiz/random";
import type { QuizResponse } from "@/lib/quiz/response";
import { addMissedToReview } from "@/lib/attempts/add-missed-to-review";
import { answerQuestion } from "@/lib/attempts/answer-question";
import { finishAttempt } from "@/lib/attempts/finish-attempt";
import { attemptQuestionStates } from "@/lib/attempts/question-states";
import { listAttempts, loadAttempt } from "@/lib/attempts/read-attempts";
import { saveProgress } from "@/lib/attempts/save-progress";
import { selfGradeAnswer } from "@/lib/attempts/self-grade-answer";
import { startAttempt, type StartQuizInput } from "@/lib/attempts/start-attempt";
import { contentRootWith } from "../helpers/content-fixtures";
import { createTempDatabase } from "../helpers/temp-db";

// The fixture bank has one question of each type: demo-open, demo-single, demo-multiple, demo-boolean, demo-cloze, demo-code.
const ALL_TYPES = {
  topics: [],
  tags: [],
  types: ["single", "multiple", "boolean", "cloze", "open", "code"] as const,
  difficulty: [],
};
const T0 = new Date("2026-11-22T10:00:00Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

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

async function start(
  mode: "practice" | "exam",
  source: StartQuizInput["source"] = {
    kind: "custom",
    filters: { ...ALL_TYPES, types: [...ALL_TYPES.types], count: 6, timeLimitMinutes: 10 },
  },
  id = randomUUID(),
) {
  await startAttempt(db, me, content, { attemptId: id, mode, source }, T0, seededRandom(1));
  return id;
}
const answer = (
  attemptId: string,
  questionId: string,
  response: QuizResponse,
  now = at(30),
  answerId = randomUUID(),
  profile = me,
) =>
  answerQuestion(
    db,
    profile,
    content,
    { attemptId, answerId, questionId, response, elapsedMs: now.getTime() - T0.getTime() },
    "en",
    now,
  );
const rowsOf = (attemptId: string) => db.quizAnswer.count({ where: { attemptId } });

describe("starting a quiz", () => {
  it("opens one attempt when started twice with the same id, with its questions fixed at the start", async () => {
    const id = randomUUID();
    await start("exam", undefined, id);
    await startAttempt(
      db,
      me,
      content,
      { attemptId: id, mode: "exam", source: { kind: "set", slug: "demo" } },
      at(5),
      seededRandom(99),
    );
    expect(await db.quizAttempt.count({ where: { profileId: me } })).toBe(1);
    const loaded = await loadAttempt(db, me, id);
    expect([...loaded!.attempt.questionIds].sort()).toEqual([
      "demo-boolean",
      "demo-cloze",
      "demo-code",
      "demo-multiple",
      "demo-open",
      "demo-single",
    ]);
    expect(loaded!.attempt).toMatchObject({
      quizSlug: null,
      timeLimitSec: 600,
      title: { en: "Custom quiz", zh: "自定义测验" },
    });
  });

  it("copies a set's pass mark and questions, and an article quiz asks its related questions", async () => {
    const set = await loadAttempt(db, me, await start("exam", { kind: "set", slug: "demo" }));
    expect(set!.attempt).toMatchObject({
      quizSlug: "demo",
      questionIds: ["demo-single", "demo-boolean"],
      passPercent: 50,
      timeLimitSec: null,
    });
    const article = await loadAttempt(db, me, await start("practice", { kind: "article", slug: "intro" }));
    expect(article!.attempt.questionIds).toEqual(["demo-open", "demo-single"]);
    expect(article!.attempt.title.en).toBe("Quiz: Intro");
  });

  it("refuses filters nothing matches, and an unknown set, without creating an attempt", async () => {
    const empty = start("exam", {
      kind: "custom",
      filters: { ...ALL_TYPES, types: [], topics: ["nowhere"], count: 3 },
    });
    await expect(empty).rejects.toThrow(ConflictError);
    await expect(start("exam", { kind: "set", slug: "no-such-set" })).rejects.toThrow(NotFoundError);
    expect(await db.quizAttempt.count({ where: { profileId: me } })).toBe(0);
  });
});

describe("answering", () => {
  it("counts a repeated request once and returns the same result", async () => {
    const id = await start("practice");
    const answerId = randomUUID();
    const first = await answer(id, "demo-single", { type: "single", choice: 1 }, at(20), answerId);
    const again = await answer(id, "demo-single", { type: "single", choice: 1 }, at(25), answerId);
    expect(first).toMatchObject({
      status: "graded",
      feedback: { verdict: { correct: true, score: 1 }, correctOptions: [1] },
    });
    expect(again).toEqual(first);
    expect(await rowsOf(id)).toBe(1);
  });

  it("in exam mode only confirms the save, keeps the newest answer and reveals nothing", async () => {
    const id = await start("exam");
    const saved = await answer(id, "demo-boolean", { type: "boolean", value: false }, at(10));
    expect(saved).toEqual({ status: "saved", answerId: expect.any(String), questionId: "demo-boolean" });
    await answer(id, "demo-boolean", { type: "boolean", value: true }, at(10));
    const loaded = await loadAttempt(db, me, id);
    expect(JSON.parse(loaded!.answers.get("demo-boolean")!.response)).toEqual({ type: "boolean", value: true });
    expect(loaded!.answers.get("demo-boolean")!.score).toBe(1);
  });

  it("refuses a second answer in practice mode once the answer was shown", async () => {
    const id = await start("practice");
    await answer(id, "demo-boolean", { type: "boolean", value: false });
    await expect(answer(id, "demo-boolean", { type: "boolean", value: true })).rejects.toThrow(ConflictError);
    expect(await rowsOf(id)).toBe(1);
  });

  it("refuses an answer to a finished attempt and writes nothing", async () => {
    const id = await start("exam");
    await answer(id, "demo-single", { type: "single", choice: 0 });
    await finishAttempt(db, me, { attemptId: id, elapsedMs: 60_000 }, at(60));
    const before = await db.quizAttempt.findUniqueOrThrow({ where: { id } });
    await expect(answer(id, "demo-single", { type: "single", choice: 1 }, at(70))).rejects.toMatchObject({
      reason: "attempt-finished",
    });
    expect(await rowsOf(id)).toBe(1);
    expect(await db.quizAttempt.findUniqueOrThrow({ where: { id } })).toEqual(before);
  });

  it("refuses an unknown question, one outside the attempt and a wrongly shaped answer, writing nothing", async () => {
    const id = await start("exam", { kind: "set", slug: "demo" });
    await expect(answer(id, "no-such-question", { type: "single", choice: 0 })).rejects.toThrow(NotFoundError);
    await expect(answer(id, "demo-open", { type: "open", text: "x" })).rejects.toMatchObject({
      reason: "not-in-attempt",
    });
    await expect(answer(id, "demo-single", { type: "single", choice: 7 })).rejects.toThrow(InvalidInputError);
    await expect(answer(id, "demo-single", { type: "boolean", value: true })).rejects.toThrow(InvalidInputError);
    expect(await rowsOf(id)).toBe(0);
  });

  it("finishes an attempt whose time is up instead of taking the answer", async () => {
    const id = await start("exam");
    const outcome = await answer(id, "demo-single", { type: "single", choice: 1 }, at(601));
    expect(outcome).toEqual({ status: "time-up" });
    const attempt = await db.quizAttempt.findUniqueOrThrow({ where: { id } });
    expect(attempt.finishedAt).toEqual(at(601));
    expect(attempt.elapsedMs).toBe(600_000);
    expect(await rowsOf(id)).toBe(0);
  });
});

describe("option order", () => {
  const SINGLE_ONLY = { ...ALL_TYPES, types: ["single" as const], count: 1 };
  const singleState = async (profile: string, attemptId: string) =>
    attemptQuestionStates(content, (await loadAttempt(db, profile, attemptId))!, "en")[0]!;
  const order = (state: Awaited<ReturnType<typeof singleState>>) => state.question.options!.map((o) => o.index);

  it("is shuffled per learner and attempt, stable across reloads and into the feedback, and grading is by identity", async () => {
    const orders = new Set<string>();
    for (let i = 0; i < 12; i++) {
      // Fixed ids (not random) so the test sees the same orders on every run.
      const attemptId = `5b0ff1e0-0000-4000-8000-${String(i).padStart(12, "0")}`;
      const learner = i % 2 ? other : me;
      await startAttempt(
        db,
        learner,
        content,
        { attemptId, mode: "practice", source: { kind: "custom", filters: SINGLE_ONLY } },
        T0,
        seededRandom(1),
      );
      const before = await singleState(learner, attemptId);
      expect(before.question.id).toBe("demo-single");
      expect((await singleState(learner, attemptId)).question).toEqual(before.question); // a reload
      orders.add(order(before).join());

      // The learner clicks where "Sigmoid" is on their screen; the answer records that option's identity.
      const sigmoid = before.question.options!.find((o) => o.html.includes("Sigmoid"))!;
      const outcome = await answer(
        attemptId,
        "demo-single",
        { type: "single", choice: sigmoid.index },
        at(30),
        undefined,
        learner,
      );
      expect(outcome).toMatchObject({
        status: "graded",
        feedback: { verdict: { score: 1, correct: true }, correctOptions: [1] },
      });
      const stored = await db.quizAnswer.findFirstOrThrow({ where: { attemptId } });
      expect(JSON.parse(stored.response)).toEqual({ type: "single", choice: 1 });

      // After answering, and on the result page, the options are still in the order this learner saw.
      const after = await singleState(learner, attemptId);
      expect(order(after)).toEqual(order(before));
      expect(after.response).toEqual({ type: "single", choice: 1 });
      expect(after.feedback!.correctOptions).toEqual([1]);
      await finishAttempt(db, learner, { attemptId, elapsedMs: 60_000 }, at(60));
      expect(order(await singleState(learner, attemptId))).toEqual(order(before));
    }
    // Two options: both orders turn up among the learners' attempts.
    expect(orders).toEqual(new Set(["0,1", "1,0"]));
  });
});

describe("resuming", () => {
  it("restores the position, the time used and the answers after an interruption", async () => {
    const id = await start("exam");
    await answer(id, "demo-cloze", { type: "cloze", blanks: ["Decoder Only", "causal"] }, at(40));
    await saveProgress(db, me, { attemptId: id, position: 3, elapsedMs: 45_000 }, at(45));
    // Another day: the countdown paused while the learner was away, so only the time in the quiz counts.
    const nextDay = new Date(T0.getTime() + 24 * 3600_000);
    const resumed = await loadAttempt(db, me, id);
    expect(resumed!.attempt).toMatchObject({ position: 3, elapsedMs: 45_000, finishedAt: null });
    expect(resumed!.answers.get("demo-cloze")!.score).toBe(1);
    await saveProgress(db, me, { attemptId: id, position: 4, elapsedMs: 50_000 }, nextDay);
    expect((await loadAttempt(db, me, id))!.attempt).toMatchObject({ position: 4, elapsedMs: 50_000 });
  });

  it("never goes back in time, nor beyond the wall clock, and finishes when the limit is reached", async () => {
    const id = await start("exam");
    await saveProgress(db, me, { attemptId: id, position: 1, elapsedMs: 30_000 }, at(40));
    expect(await saveProgress(db, me, { attemptId: id, position: 1, elapsedMs: 5_000 }, at(41))).toMatchObject({
      elapsedMs: 30_000,
    });
    expect(await saveProgress(db, me, { attemptId: id, position: 1, elapsedMs: 999_000 }, at(50))).toMatchObject({
      elapsedMs: 50_000,
      finished: false,
    });
    expect(await saveProgress(db, me, { attemptId: id, position: 2, elapsedMs: 600_000 }, at(700))).toEqual({
      position: 2,
      elapsedMs: 600_000,
      finished: true,
    });
  });

  it("lists unfinished attempts to resume and finished ones as results", async () => {
    const open = await start("exam");
    const done = await start("practice", { kind: "set", slug: "demo" });
    await answer(done, "demo-single", { type: "single", choice: 1 });
    await finishAttempt(db, me, { attemptId: done, elapsedMs: 30_000 }, at(30));
    const { unfinished, finished } = await listAttempts(db, me);
    expect(unfinished.map((a) => a.attempt.id)).toEqual([open]);
    expect(finished.map((a) => [a.attempt.id, a.summary.scorePercent, a.summary.passed])).toEqual([[done, 50, true]]);
  });
});

describe("open and code answers", () => {
  it("keep the text, show the model answer, and count the learner's own grade", async () => {
    const id = await start("practice");
    const submitted = await answer(id, "demo-open", { type: "open", text: "It memorises noise." });
    expect(submitted).toMatchObject({
      status: "graded",
      feedback: { verdict: { score: null }, answerHtml: expect.stringContaining("fits noise") },
    });
    const gradeId = randomUUID();
    const graded = await selfGradeAnswer(
      db,
      me,
      content,
      { attemptId: id, answerId: gradeId, questionId: "demo-open", grade: "partial" },
      at(40),
    );
    expect(graded).toMatchObject({ status: "graded", feedback: { verdict: { score: 0.5, correct: false } } });
    await selfGradeAnswer(
      db,
      me,
      content,
      { attemptId: id, answerId: gradeId, questionId: "demo-open", grade: "partial" },
      at(41),
    );
    const latest = (await loadAttempt(db, me, id))!.answers.get("demo-open")!;
    expect(latest).toMatchObject({
      selfGrade: "partial",
      score: 0.5,
      response: JSON.stringify({ type: "open", text: "It memorises noise." }),
    });
    expect(await rowsOf(id)).toBe(2);
  });

  it("can be graded on the result page of a finished exam, but only once answered and only for open/code", async () => {
    const id = await start("exam");
    await answer(id, "demo-code", { type: "code", text: "def softmax(xs): ..." });
    await finishAttempt(db, me, { attemptId: id, elapsedMs: 60_000 }, at(60));
    const grade = (questionId: string) =>
      selfGradeAnswer(db, me, content, { attemptId: id, answerId: randomUUID(), questionId, grade: "correct" }, at(90));
    await expect(grade("demo-code")).resolves.toMatchObject({ feedback: { verdict: { score: 1 } } });
    await expect(grade("demo-open")).rejects.toMatchObject({ reason: "not-answered" });
    await expect(grade("demo-single")).rejects.toMatchObject({ reason: "not-self-graded" });
    const { summary } = (await loadAttempt(db, me, id))!;
    expect(summary).toMatchObject({ answered: 1, awaitingGrade: 0, scorePercent: 16.7 });
  });
});

describe("self-grading cannot reveal what an exam keeps back", () => {
  const grade = (attemptId: string, answerId: string, questionId: string, now = at(40)) =>
    selfGradeAnswer(db, me, content, { attemptId, answerId, questionId, grade: "correct" }, now);

  it("refuses, during an unfinished exam, the id of an auto-graded answer and any grading, writing nothing", async () => {
    const id = await start("exam");
    const singleId = randomUUID();
    expect(await answer(id, "demo-single", { type: "single", choice: 1 }, at(10), singleId)).toEqual({
      status: "saved",
      answerId: singleId,
      questionId: "demo-single",
    });
    await answer(id, "demo-open", { type: "open", text: "It memorises noise." }, at(20));
    // The auto-graded answer's own id, under its own question or under an open one: no verdict, no options.
    await expect(grade(id, singleId, "demo-single")).rejects.toMatchObject({ reason: "exam-in-progress" });
    await expect(grade(id, singleId, "demo-open")).rejects.toMatchObject({ reason: "exam-in-progress" });
    // Grading the open answer itself would show the model answer before the hand-in.
    await expect(grade(id, randomUUID(), "demo-open")).rejects.toThrow(ConflictError);
    expect(await rowsOf(id)).toBe(2);
  });

  it("after the hand-in, still refuses the id of an answer that is not a self-grade", async () => {
    const id = await start("exam");
    const singleId = randomUUID();
    await answer(id, "demo-single", { type: "single", choice: 1 }, at(10), singleId);
    const openId = randomUUID();
    await answer(id, "demo-open", { type: "open", text: "It memorises noise." }, at(20), openId);
    await finishAttempt(db, me, { attemptId: id, elapsedMs: 60_000 }, at(60));
    await expect(grade(id, singleId, "demo-single", at(90))).rejects.toMatchObject({ reason: "not-self-graded" });
    await expect(grade(id, singleId, "demo-open", at(90))).rejects.toMatchObject({ reason: "not-self-graded" });
    await expect(grade(id, openId, "demo-open", at(90))).rejects.toMatchObject({ reason: "not-self-graded" });
    expect(await rowsOf(id)).toBe(2);
    // A real grading, retried with its own id, is recognised.
    const gradeId = randomUUID();
    const first = await grade(id, gradeId, "demo-open", at(90));
    expect(first).toMatchObject({ status: "graded", feedback: { verdict: { score: 1 } } });
    expect(await grade(id, gradeId, "demo-open", at(91))).toEqual(first);
    expect(await rowsOf(id)).toBe(3);
  });
});

describe("after the quiz", () => {
  it("adds the missed questions to the review queue as cards due now", async () => {
    const id = await start("exam");
    await answer(id, "demo-single", { type: "single", choice: 1 });
    await answer(id, "demo-multiple", { type: "multiple", choices: [0] });
    await answer(id, "demo-cloze", { type: "cloze", blanks: ["decoder-only", "wrong"] });
    await finishAttempt(db, me, { attemptId: id, elapsedMs: 60_000 }, at(60));
    const result = await addMissedToReview(db, me, content, { attemptId: id }, "en", at(100));
    // Missed: multiple, cloze (2 cards: one per blank), boolean; open and code were not answered either.
    expect(result).toEqual({ questions: 5, queued: 6 });
    const cards = await db.card.findMany({
      where: { profileId: me },
      orderBy: [{ questionId: "asc" }, { clozeIndex: "asc" }],
    });
    expect(cards.map((c) => `${c.questionId}#${c.clozeIndex}`)).toEqual([
      "demo-boolean#0",
      "demo-cloze#1",
      "demo-cloze#2",
      "demo-code#0",
      "demo-multiple#0",
      "demo-open#0",
    ]);
    expect(cards.every((c) => c.due.getTime() === at(100).getTime())).toBe(true);
  });
});

describe("another learner", () => {
  it("cannot see, answer, save, finish or grade the attempt", async () => {
    const id = await start("exam");
    await answer(id, "demo-open", { type: "open", text: "mine" });
    expect(await loadAttempt(db, other, id)).toBeUndefined();
    expect((await listAttempts(db, other)).unfinished).toEqual([]);
    await expect(answer(id, "demo-single", { type: "single", choice: 1 }, at(30), randomUUID(), other)).rejects.toThrow(
      NotFoundError,
    );
    await expect(saveProgress(db, other, { attemptId: id, position: 2, elapsedMs: 1 }, at(30))).rejects.toThrow(
      NotFoundError,
    );
    await expect(finishAttempt(db, other, { attemptId: id, elapsedMs: 1 }, at(30))).rejects.toThrow(NotFoundError);
    await expect(
      selfGradeAnswer(
        db,
        other,
        content,
        { attemptId: id, answerId: randomUUID(), questionId: "demo-open", grade: "correct" },
        at(30),
      ),
    ).rejects.toThrow(NotFoundError);
    await expect(addMissedToReview(db, other, content, { attemptId: id }, "en", at(30))).rejects.toThrow(NotFoundError);
    await expect(
      startAttempt(
        db,
        other,
        content,
        { attemptId: id, mode: "exam", source: { kind: "set", slug: "demo" } },
        at(30),
        seededRandom(1),
      ),
    ).rejects.toThrow(NotFoundError);
    const attempt = await db.quizAttempt.findUniqueOrThrow({ where: { id } });
    expect(attempt).toMatchObject({ profileId: me, position: 0, finishedAt: null });
    expect(await rowsOf(id)).toBe(1);
  });
});
