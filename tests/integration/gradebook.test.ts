import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { profileIdForUser } from "@/lib/auth/user-profile";
import type { Viewer } from "@/lib/auth/viewer";
import { loadContent } from "@/lib/content/load";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { gradebookCsv } from "@/lib/gradebook/gradebook-csv";
import { GRADEBOOK_CSV_LABELS } from "../helpers/gradebook-labels";
import { loadGradebook } from "@/lib/gradebook/load-gradebook";
import { loadStudentAnswers } from "@/lib/gradebook/load-student-answers";
import { attemptQuestionStates } from "@/lib/attempts/question-states";
import { optionOrder } from "@/lib/quiz/option-order";
import { overrideGrade } from "@/lib/gradebook/override-grade";
import { quizContentFrom, type QuizContent } from "@/lib/quiz/content-source";
import { loadAttempt } from "@/lib/attempts/read-attempts";
import { contentRootWith } from "../helpers/content-fixtures";
import { createTempDatabase } from "../helpers/temp-db";

const QUESTIONS = ["demo-single", "demo-boolean", "demo-open"];
const OPENS = new Date("2026-11-20T00:00:00Z");
const DUE = new Date("2026-11-27T00:00:00Z");
const NOW = new Date("2026-11-25T12:00:00Z");
const at = (hours: number) => new Date(OPENS.getTime() + hours * 3600_000);

let db: PrismaClient;
let content: QuizContent;
const viewers: Record<string, Viewer> = {};
const attemptIds: Record<string, string> = {};
let classId: string;
let assignmentId: string;

async function person(key: string, name: string, role: Viewer["role"]) {
  const userId = randomUUID();
  const email = `${key}@example.com`;
  await db.user.create({ data: { id: userId, name, email, role } });
  viewers[key] = { userId, name, email, role, profileId: await profileIdForUser(db, userId) };
  return viewers[key]!;
}

type Answer = { q: string; response: object; score: number | null; selfGrade?: string };
const single = (choice: number, score: number): Answer => ({
  q: "demo-single",
  response: { type: "single", choice },
  score,
});
const bool = (value: boolean, score: number): Answer => ({
  q: "demo-boolean",
  response: { type: "boolean", value },
  score,
});
const open = (selfGrade?: "correct" | "partial" | "wrong"): Answer => ({
  q: "demo-open",
  response: { type: "open", text: "It memorises noise" },
  score: selfGrade ? { correct: 1, partial: 0.5, wrong: 0 }[selfGrade] : null,
  selfGrade,
});

async function attempt(
  key: string,
  startHour: number,
  finishHour: number | null,
  answers: Answer[],
  elapsedMs = 300_000,
) {
  const id = randomUUID();
  await db.quizAttempt.create({
    data: {
      id,
      profileId: viewers[key]!.profileId,
      title: JSON.stringify({ zh: "第一周", en: "Week 1" }),
      mode: "exam",
      questionIds: JSON.stringify(QUESTIONS),
      elapsedMs,
      startedAt: at(startHour),
      finishedAt: finishHour === null ? null : at(finishHour),
      assignmentId,
    },
  });
  for (const [i, a] of answers.entries()) {
    await db.quizAnswer.create({
      data: {
        id: randomUUID(),
        attemptId: id,
        questionId: a.q,
        response: JSON.stringify(a.response),
        score: a.score,
        selfGrade: a.selfGrade ?? null,
        contentHash: "h",
        contentLang: "en",
        answeredAt: at(startHour + i * 0.01),
      },
    });
  }
  return id;
}

beforeAll(async () => {
  ({ db } = await createTempDatabase());
  const { root, publicDir } = contentRootWith();
  content = quizContentFrom((await loadContent({ dir: root, publicDir })).snapshot);
  const owner = await person("owner", "Olga Owner", "instructor");
  await person("rival", "Rita Rival", "instructor");
  await person("admin", "Adam Admin", "admin");
  for (const [key, name] of [
    ["ann", "Ann"],
    ["ben", "Ben, Jr."],
    ["cat", "Cat"],
    ["dan", "Dan"],
    ["eve", "Eve"],
    ["fay", "Fay"],
    ["gus", "Gus"],
  ] as const)
    await person(key, name, "candidate");
  classId = randomUUID();
  assignmentId = randomUUID();
  await db.classroom.create({ data: { id: classId, name: "ML 101", ownerId: owner.userId, joinCode: "ML101-XYZ" } });
  await db.membership.createMany({
    data: ["ann", "ben", "cat", "dan", "eve", "fay"].map((k) => ({ classId, userId: viewers[k]!.userId })),
  });
  await db.assignment.create({
    data: {
      id: assignmentId,
      classId,
      title: JSON.stringify({ zh: "第一周", en: "Week 1" }),
      source: JSON.stringify({ kind: "custom", ids: QUESTIONS }),
      questionIds: JSON.stringify(QUESTIONS),
      opensAt: OPENS,
      dueAt: DUE,
      maxAttempts: 3,
    },
  });
  // The open answers' self-grades are notes, not scores (README, "Grading in classes"): until the owner grades them
  // they await grading and count 0. Totals: Ann 2, Ben 1, Cat 1, Dan 1 (his second attempt beats his first); Fay
  // has not started; Eve is removed below.
  attemptIds.ann = await attempt("ann", 1, 2, [single(1, 1), bool(true, 1), open("correct")], 125_000);
  attemptIds.ben = await attempt("ben", 3, 4, [single(1, 1), bool(false, 0), open("partial")]);
  await attempt("ben", 5, null, [single(0, 0)]);
  attemptIds.cat = await attempt("cat", 6, 7, [single(0, 0), bool(true, 1), open("wrong")]);
  attemptIds.danFirst = await attempt("dan", 8, 9, [single(0, 0), bool(false, 0)]);
  attemptIds.dan = await attempt("dan", 10, 200, [single(1, 1), bool(false, 0), open()]);
  attemptIds.eve = await attempt("eve", 11, 12, [single(1, 1), bool(true, 1), open("correct")]);
  attemptIds.gus = await attempt("gus", 11, 12, [single(1, 1), bool(true, 1), open("correct")]);
  await db.membership.delete({ where: { classId_userId: { classId, userId: viewers.eve!.userId } } });
});
afterAll(() => db.$disconnect());

const gradebookFor = (key: string) => loadGradebook(db, viewers[key]!, content, { classId, assignmentId }, "en", NOW);
const studentFor = (key: string, student: string) =>
  loadStudentAnswers(
    db,
    viewers[key]!,
    content,
    { classId, assignmentId, userId: viewers[student]!.userId },
    "en",
    NOW,
  );

describe("the gradebook", () => {
  it("shows the owner one row per current member with the counted attempt's numbers", async () => {
    const book = await gradebookFor("owner");
    expect(book.students.map((s) => s.name)).toEqual(["Ann", "Ben, Jr.", "Cat", "Dan", "Fay"]);
    const row = (name: string) => book.students.find((s) => s.name === name)!;
    expect(row("Ann")).toMatchObject({
      status: "submitted",
      scorePercent: 66.7,
      timeTakenMs: 125_000,
      submittedAt: at(2),
      late: false,
      attempts: 1,
      questionScores: [1, 1, 0],
      awaitingGrade: ["demo-open"],
    });
    expect(row("Ben, Jr.")).toMatchObject({
      status: "submitted",
      scorePercent: 33.3,
      attempts: 2,
      questionScores: [1, 0, 0],
      awaitingGrade: ["demo-open"],
    });
    // Dan submitted on time (status), but his better, counted attempt came after the due date (late).
    expect(row("Dan")).toMatchObject({
      status: "submitted",
      scorePercent: 33.3,
      submittedAt: at(200),
      late: true,
      questionScores: [1, 0, 0],
      awaitingGrade: ["demo-open"],
    });
    expect(row("Fay")).toMatchObject({
      status: "not-started",
      scorePercent: null,
      submittedAt: null,
      questionScores: [null, null, null],
      awaitingGrade: [],
    });
    expect(book.averages).toEqual({
      submitted: 4,
      members: 5,
      scorePercent: (66.7 + 33.3 + 33.3 + 33.3) / 4,
      timeTakenMs: (125_000 + 3 * 300_000) / 4,
      awaitingGrade: 4,
    });
  });

  it("computes facility and discrimination by hand-checked numbers", async () => {
    // Ranked Ann 2, Ben 1, Cat 1, Dan 1 (equal totals keep name order): groups of 1 → top Ann, bottom Dan. The open
    // answers await grading: each counts 0, as in the scores, and the question says how many wait.
    const book = await gradebookFor("owner");
    expect(book.enoughForDiscrimination).toBe(true);
    expect(book.questions).toEqual([
      {
        id: "demo-single",
        title: "Pick the activation",
        type: "single",
        facility: 0.75,
        discrimination: 0,
        awaiting: 0,
      },
      {
        id: "demo-boolean",
        title: "Attention is quadratic",
        type: "boolean",
        facility: 0.5,
        discrimination: 1,
        awaiting: 0,
      },
      { id: "demo-open", title: "What is overfitting?", type: "open", facility: 0, discrimination: 0, awaiting: 4 },
    ]);
  });

  it("exports the same rows as CSV, awaiting answers marked and counted 0, times in the instructor's zone", async () => {
    const labels = GRADEBOOK_CSV_LABELS;
    const lines = gradebookCsv(await gradebookFor("owner"), labels, "Asia/Shanghai").split("\r\n");
    expect(lines[0]).toBe(
      "\uFEFFName,Email,Status,Score %,Awaiting grading,Time,Submitted at,Late,Pick the activation,Attention is quadratic,What is overfitting?",
    );
    // at(2) is 02:00 UTC: 10:00 in Shanghai.
    expect(lines[1]).toBe(
      `Ann,ann@example.com,Submitted,66.7,1,2:05,2026-11-20T10:00:00+08:00,no,1,1,awaiting grading`,
    );
    expect(lines[2]).toBe(
      `"Ben, Jr.",ben@example.com,Submitted,33.3,1,5:00,2026-11-20T12:00:00+08:00,no,1,0,awaiting grading`,
    );
    expect(lines[5]).toBe("Fay,fay@example.com,Not started,,,,,,,,");
  });

  it("is not found for another instructor, an admin who does not own it, a candidate, a removed member, and a guessed id", async () => {
    for (const key of ["rival", "admin", "ann", "eve", "gus"])
      await expect(gradebookFor(key)).rejects.toThrow(NotFoundError);
    await expect(
      loadGradebook(db, viewers.owner!, content, { classId, assignmentId: randomUUID() }, "en", NOW),
    ).rejects.toThrow(NotFoundError);
    await expect(
      loadGradebook(db, viewers.owner!, content, { classId: randomUUID(), assignmentId }, "en", NOW),
    ).rejects.toThrow(NotFoundError);
  });
});

describe("one student's answers", () => {
  it("shows the counted attempt with every answer, the right answer and the self-grade, and lists the other attempts", async () => {
    const dan = await studentFor("owner", "dan");
    expect(dan.attempts.map((a) => [a.id, a.counted])).toEqual([
      [attemptIds.danFirst, false],
      [attemptIds.dan, true],
    ]);
    expect(dan.shown!.attemptId).toBe(attemptIds.dan);
    const [s, , o] = dan.shown!.answers;
    expect(s).toMatchObject({
      questionId: "demo-single",
      score: 1,
      response: { type: "single", choice: 1 },
      gradable: false,
    });
    expect(s!.feedback!.correctOptions).toEqual([1]);
    // The options in the order Dan saw them in this attempt, the same as on his own result page.
    const seen = optionOrder(attemptIds.dan!, "demo-single", content.question("demo-single")!.langs.en!.options!);
    expect(s!.question!.options!.map((x) => x.index)).toEqual(seen);
    const own = await loadAttempt(db, viewers.dan!.profileId, attemptIds.dan!);
    const ownSingle = attemptQuestionStates(content, own!, "en").find((q) => q.question.id === "demo-single")!;
    expect(ownSingle.question.options).toEqual(s!.question!.options);
    expect(o).toMatchObject({ questionId: "demo-open", score: null, selfGrade: null, gradable: true });
    const first = await loadStudentAnswers(
      db,
      viewers.owner!,
      content,
      { classId, assignmentId, userId: viewers.dan!.userId, attemptId: attemptIds.danFirst },
      "en",
      NOW,
    );
    expect(first.shown).toMatchObject({ attemptId: attemptIds.danFirst, scorePercent: 0 });
  });

  it("is not found for others, for a removed member, and for someone who never joined", async () => {
    for (const key of ["rival", "ann", "eve"]) await expect(studentFor(key, "ben")).rejects.toThrow(NotFoundError);
    await expect(studentFor("owner", "eve")).rejects.toThrow(NotFoundError);
    await expect(studentFor("owner", "gus")).rejects.toThrow(NotFoundError);
  });
});

describe("overriding a grade", () => {
  const override = (
    key: string,
    attemptId: string,
    questionId = "demo-open",
    score = 1,
    comment = "Good: you named the cause.",
  ) => overrideGrade(db, viewers[key]!, content, { attemptId, questionId, score, comment }, NOW);

  it("replaces the self-grade in the gradebook and on the student's own result page, with the comment", async () => {
    await override("owner", attemptIds.ben!, "demo-open", 0.5, "first pass");
    await override("owner", attemptIds.ben!);
    expect(await db.gradeOverride.count({ where: { attemptId: attemptIds.ben! } })).toBe(1);
    const row = (await gradebookFor("owner")).students.find((s) => s.name === "Ben, Jr.")!;
    expect(row).toMatchObject({ scorePercent: 66.7, questionScores: [1, 0, 1] });
    const own = await loadAttempt(db, viewers.ben!.profileId, attemptIds.ben!);
    expect(own!.summary.scorePercent).toBe(66.7);
    expect(own!.answers.get("demo-open")!.override).toEqual(
      expect.objectContaining({ score: 1, comment: "Good: you named the cause." }),
    );
    const drill = await studentFor("owner", "ben");
    expect(drill.shown!.answers[2]).toMatchObject({
      score: 1,
      selfGrade: "partial",
      override: { score: 1, comment: "Good: you named the cause." },
    });
  });

  it("refuses a choice question, an unanswered one, and anyone but the owner, writing nothing", async () => {
    const before = await db.gradeOverride.count();
    await expect(override("owner", attemptIds.cat!, "demo-single")).rejects.toThrow(InvalidInputError);
    await expect(override("owner", attemptIds.danFirst!, "demo-open")).rejects.toThrow(ConflictError);
    await expect(override("owner", attemptIds.cat!, "demo-code")).rejects.toThrow(ConflictError);
    for (const key of ["rival", "admin", "cat"])
      await expect(override(key, attemptIds.cat!)).rejects.toThrow(NotFoundError);
    await expect(override("owner", attemptIds.eve!)).rejects.toThrow(NotFoundError);
    await expect(override("owner", randomUUID())).rejects.toThrow(NotFoundError);
    expect(await db.gradeOverride.count()).toBe(before);
    expect((await loadAttempt(db, viewers.cat!.profileId, attemptIds.cat!))!.summary.scorePercent).toBe(33.3);
  });
});
