import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadAttempt } from "@/lib/attempts/read-attempts";
import { selfGradeAnswer } from "@/lib/attempts/self-grade-answer";
import { profileIdForUser } from "@/lib/auth/user-profile";
import type { Viewer } from "@/lib/auth/viewer";
import { loadContent } from "@/lib/content/load";
import { NotFoundError } from "@/lib/errors";
import { awaitingAnswers } from "@/lib/gradebook/awaiting-answers";
import { gradeBlankAnswers } from "@/lib/gradebook/grade-blank-answers";
import { loadGradebook } from "@/lib/gradebook/load-gradebook";
import { loadGradingQueue } from "@/lib/gradebook/grading-queue";
import { overrideGrade } from "@/lib/gradebook/override-grade";
import { quizContentFrom, type QuizContent } from "@/lib/quiz/content-source";
import { contentRootWith } from "../helpers/content-fixtures";
import { createTempDatabase } from "../helpers/temp-db";

// Who may grade which answer in the "Needs grading" queue, and what a student's self-grade does in an assignment.
const QUESTIONS = ["demo-single", "demo-open", "demo-code"];
const NOW = new Date("2026-11-25T12:00:00Z");
const before = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);

let db: PrismaClient;
let content: QuizContent;
const viewers: Record<string, Viewer> = {};
const ids = {
  classId: randomUUID(),
  assignmentId: randomUUID(),
  otherClassId: randomUUID(),
  otherAssignmentId: randomUUID(),
};
const attempts: Record<string, string> = {};

async function person(key: string, name: string, role: Viewer["role"]) {
  const userId = randomUUID();
  const email = `${key}@example.com`;
  await db.user.create({ data: { id: userId, name, email, role } });
  viewers[key] = { userId, name, email, role, profileId: await profileIdForUser(db, userId) };
}

async function assignment(id: string, classId: string) {
  await db.assignment.create({
    data: {
      id,
      classId,
      title: JSON.stringify({ zh: "第一周", en: "Week 1" }),
      source: JSON.stringify({ kind: "custom", ids: QUESTIONS }),
      questionIds: JSON.stringify(QUESTIONS),
      opensAt: before(24 * 60),
      dueAt: new Date(NOW.getTime() + 24 * 3600_000),
    },
  });
}

/** A handed-in attempt: the choice answered right, the open and code answers with the texts given. */
async function handIn(key: string, assignmentId: string | null, openText: string, codeText: string) {
  const id = randomUUID();
  await db.quizAttempt.create({
    data: {
      id,
      profileId: viewers[key]!.profileId,
      title: JSON.stringify({ zh: "第一周", en: "Week 1" }),
      mode: "exam",
      questionIds: JSON.stringify(QUESTIONS),
      startedAt: before(30),
      finishedAt: before(10),
      assignmentId,
    },
  });
  const answers = [
    ["demo-single", { type: "single", choice: 1 }, 1],
    ["demo-open", { type: "open", text: openText }, null],
    ["demo-code", { type: "code", text: codeText }, null],
  ] as const;
  for (const [i, [questionId, response, score]] of answers.entries())
    await db.quizAnswer.create({
      data: {
        id: randomUUID(),
        attemptId: id,
        questionId,
        response: JSON.stringify(response),
        score,
        contentHash: "h",
        contentLang: "en",
        answeredAt: before(20 - i),
      },
    });
  return id;
}

const selfGrade = (key: string, attemptId: string, grade: "correct" | "wrong") =>
  selfGradeAnswer(
    db,
    viewers[key]!.profileId,
    content,
    { attemptId, answerId: randomUUID(), questionId: "demo-open", grade },
    NOW,
  );
const queueFor = (key: string, assignmentId?: string) =>
  awaitingAnswers(db, viewers[key]!, content, { classId: ids.classId, assignmentId });
const grade = (key: string, attemptId: string, questionId = "demo-open", score = 1) =>
  overrideGrade(db, viewers[key]!, content, { attemptId, questionId, score, comment: "Well argued." }, NOW);
const scoreOf = async (key: string, attemptId: string) =>
  (await loadAttempt(db, viewers[key]!.profileId, attemptId))!.summary;

beforeAll(async () => {
  ({ db } = await createTempDatabase());
  const { root, publicDir } = contentRootWith();
  content = quizContentFrom((await loadContent({ dir: root, publicDir })).snapshot);
  await person("owner", "Olga Owner", "instructor");
  await person("rival", "Rita Rival", "instructor");
  await person("admin", "Adam Admin", "admin");
  await person("ann", "Ann", "candidate");
  await person("ben", "Ben", "candidate");
  await db.classroom.create({
    data: { id: ids.classId, name: "ML 101", ownerId: viewers.owner!.userId, joinCode: "Q-ML101" },
  });
  await db.classroom.create({
    data: { id: ids.otherClassId, name: "Rival class", ownerId: viewers.rival!.userId, joinCode: "Q-RIVAL" },
  });
  await db.membership.createMany({
    data: ["ann", "ben"].map((k) => ({ classId: ids.classId, userId: viewers[k]!.userId })),
  });
  await assignment(ids.assignmentId, ids.classId);
  await assignment(ids.otherAssignmentId, ids.otherClassId);
  attempts.ann = await handIn("ann", ids.assignmentId, "It memorises noise in the training set.", "def f(): pass");
  attempts.ben = await handIn("ben", ids.assignmentId, "   ", "");
  attempts.annPractice = await handIn("ann", null, "Practice answer", "x = 1");
});
afterAll(() => db.$disconnect());

describe("a student's self-grade", () => {
  it("in an assignment is kept as a note with no score: the result stays at the auto-graded part", async () => {
    expect((await scoreOf("ann", attempts.ann!)).scorePercent).toBe(33.3);
    await selfGrade("ann", attempts.ann!, "correct");
    const summary = await scoreOf("ann", attempts.ann!);
    expect(summary).toMatchObject({ scorePercent: 33.3, awaitingGrade: 2 });
    expect(summary.rows.find((r) => r.questionId === "demo-open")?.answer?.selfGrade).toBe("correct");
    const book = await loadGradebook(
      db,
      viewers.owner!,
      content,
      { classId: ids.classId, assignmentId: ids.assignmentId },
      "en",
      NOW,
    );
    expect(book.students.find((s) => s.name === "Ann")).toMatchObject({
      scorePercent: 33.3,
      questionScores: [1, 0, 0],
    });
  });

  it("in a practice quiz outside a class still counts, as before", async () => {
    await selfGrade("ann", attempts.annPractice!, "correct");
    expect(await scoreOf("ann", attempts.annPractice!)).toMatchObject({ scorePercent: 66.7, awaitingGrade: 1 });
  });
});

describe("the needs-grading queue", () => {
  it("lists every handed-in open and code answer awaiting the owner's grade, with the self-grade as a note", async () => {
    const { className, items } = await queueFor("owner");
    expect(className).toBe("ML 101");
    expect(items.map((i) => [i.student.name, i.questionId, i.blank, i.selfGrade])).toEqual([
      ["Ann", "demo-open", false, "correct"],
      ["Ann", "demo-code", false, null],
      ["Ben", "demo-open", true, null],
      ["Ben", "demo-code", true, null],
    ]);
    expect((await queueFor("owner", ids.assignmentId)).items).toHaveLength(4);
    const page = await loadGradingQueue(db, viewers.owner!, content, { classId: ids.classId }, 1, "en");
    expect(page.current).toMatchObject({ position: 1, studentName: "Ann", questionId: "demo-code" });
    expect(page.current!.answerKey.solutionHtml ?? page.current!.answerKey.answerHtml).toBeTruthy();
    // Past the end, the queue opens at its first answer.
    expect(
      (await loadGradingQueue(db, viewers.owner!, content, { classId: ids.classId }, 99, "en")).current?.position,
    ).toBe(0);
  });

  it("does not exist for another class's instructor, an admin who does not own the class, or a student", async () => {
    for (const key of ["rival", "admin", "ann"]) {
      await expect(queueFor(key)).rejects.toThrow(NotFoundError);
      await expect(queueFor(key, ids.assignmentId)).rejects.toThrow(NotFoundError);
    }
    // Another class's assignment under this class's address is not found either, even for its owner.
    await expect(
      awaitingAnswers(db, viewers.rival!, content, { classId: ids.otherClassId, assignmentId: ids.assignmentId }),
    ).rejects.toThrow(NotFoundError);
    await expect(queueFor("owner", ids.otherAssignmentId)).rejects.toThrow(NotFoundError);
  });

  it("lets only the class's owner grade an answer; others (a rival instructor, an admin, the student) write nothing", async () => {
    const before = await db.gradeOverride.count();
    for (const key of ["rival", "admin", "ann", "ben"])
      await expect(grade(key, attempts.ann!)).rejects.toThrow(NotFoundError);
    expect(await db.gradeOverride.count()).toBe(before);
    await grade("owner", attempts.ann!, "demo-open", 0.5);
    expect(await scoreOf("ann", attempts.ann!)).toMatchObject({ scorePercent: 50, awaitingGrade: 1 });
    expect((await queueFor("owner")).items.map((i) => [i.student.name, i.questionId])).toEqual([
      ["Ann", "demo-code"],
      ["Ben", "demo-open"],
      ["Ben", "demo-code"],
    ]);
  });

  it("grades blank answers 0 in bulk for the owner only, once, leaving typed answers in the queue", async () => {
    for (const key of ["rival", "admin", "ann"])
      await expect(gradeBlankAnswers(db, viewers[key]!, content, { classId: ids.classId }, NOW)).rejects.toThrow(
        NotFoundError,
      );
    // The rival names their own class with this class's assignment: nothing is found, nothing graded.
    await expect(
      gradeBlankAnswers(
        db,
        viewers.rival!,
        content,
        { classId: ids.otherClassId, assignmentId: ids.assignmentId },
        NOW,
      ),
    ).rejects.toThrow(NotFoundError);
    expect(await db.gradeOverride.count({ where: { attemptId: attempts.ben! } })).toBe(0);

    const done = await gradeBlankAnswers(
      db,
      viewers.owner!,
      content,
      { classId: ids.classId, assignmentId: ids.assignmentId },
      NOW,
    );
    expect(done).toMatchObject({ graded: 2, assignmentIds: [ids.assignmentId] });
    expect(await scoreOf("ben", attempts.ben!)).toMatchObject({ scorePercent: 33.3, awaitingGrade: 0 });
    expect((await queueFor("owner")).items.map((i) => [i.student.name, i.questionId])).toEqual([["Ann", "demo-code"]]);
    expect((await gradeBlankAnswers(db, viewers.owner!, content, { classId: ids.classId }, NOW)).graded).toBe(0);
  });

  it("is empty once everything is graded, and the score then holds every grade", async () => {
    await grade("owner", attempts.ann!, "demo-code", 1);
    expect((await queueFor("owner")).items).toEqual([]);
    expect(await scoreOf("ann", attempts.ann!)).toMatchObject({ scorePercent: 83.3, awaitingGrade: 0 });
    expect(
      (await loadGradingQueue(db, viewers.owner!, content, { classId: ids.classId }, 0, "en")).current,
    ).toBeUndefined();
  });
});
