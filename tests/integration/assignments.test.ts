import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AssignInputSchema } from "@/lib/assignments/assign-input";
import { createAssignment } from "@/lib/assignments/create-assignment";
import { assignmentsForMember, assignmentsForOwner, myAssignments } from "@/lib/assignments/read-assignments";
import { resultsWithheld } from "@/lib/attempts/results-withheld";
import { startAssignmentAttempt } from "@/lib/assignments/start-assignment-attempt";
import type { Viewer } from "@/lib/auth/viewer";
import { createClass } from "@/lib/classes/create-class";
import { joinClass } from "@/lib/classes/join-class";
import { readmitStudent } from "@/lib/classes/readmit-student";
import { classForOwner } from "@/lib/classes/read-classes";
import { removeMember } from "@/lib/classes/remove-member";
import { loadContent } from "@/lib/content/load";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { quizContentFrom, type QuizContent } from "@/lib/quiz/content-source";
import { seededRandom } from "@/lib/quiz/random";
import { addMissedToReview } from "@/lib/attempts/add-missed-to-review";
import { answerQuestion } from "@/lib/attempts/answer-question";
import { finishAttempt } from "@/lib/attempts/finish-attempt";
import { listAttempts, loadAttempt } from "@/lib/attempts/read-attempts";
import { saveProgress } from "@/lib/attempts/save-progress";
import { contentRootWith } from "../helpers/content-fixtures";
import { createTempDatabase } from "../helpers/temp-db";
import { createViewer } from "../helpers/viewers";

// Times are UTC; the form sends wall-clock times in the instructor's zone (UTC here unless a test says otherwise).
const T0 = new Date("2026-11-22T10:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const form = (over: Record<string, unknown> = {}) =>
  AssignInputSchema.parse({
    classId,
    source: { kind: "set", slug: "demo" },
    opensAt: "2026-11-22T10:00",
    dueAt: "2026-11-23T10:00",
    timeZone: "UTC",
    feedback: "immediate",
    ...over,
  });

let db: PrismaClient;
let content: QuizContent;
let teacher: Viewer;
let otherTeacher: Viewer;
let alice: Viewer;
let bob: Viewer;
let classId: string;
let joinCode: string;

beforeAll(async () => {
  ({ db } = await createTempDatabase());
  const { root, publicDir } = contentRootWith();
  content = quizContentFrom((await loadContent({ dir: root, publicDir })).snapshot);
});
afterAll(() => db.$disconnect());
beforeEach(async () => {
  teacher = await createViewer(db, "instructor", "Ms Teacher");
  otherTeacher = await createViewer(db, "instructor");
  alice = await createViewer(db, "candidate", "Alice");
  bob = await createViewer(db, "candidate", "Bob");
  const made = await createClass(db, teacher, { name: "ML interviews" }, T0);
  ({ classId, joinCode } = made);
  await joinClass(db, alice, { code: joinCode }, T0, []);
});

const assign = (over: Record<string, unknown> = {}, who = teacher) =>
  createAssignment(db, who, content, form(over), T0, seededRandom(1));
const start = (assignmentId: string, now = at(1), who = alice, attemptId = randomUUID()) =>
  startAssignmentAttempt(db, who, { assignmentId, attemptId }, now);
const answer = (attemptId: string, now: Date, who = alice) =>
  answerQuestion(
    db,
    who.profileId,
    content,
    {
      attemptId,
      answerId: randomUUID(),
      questionId: "demo-single",
      response: { type: "single", choice: 1 },
      elapsedMs: 1000,
    },
    "en",
    now,
  );

describe("assigning", () => {
  it("fixes a set's questions and title at creation, in the class owner's list with submitted counts", async () => {
    const { assignmentId } = await assign({ maxAttempts: 2 });
    const [row] = await assignmentsForOwner(db, teacher, classId);
    expect(row).toMatchObject({
      id: assignmentId,
      title: { en: "Demo quiz", zh: "演示测验" },
      questionIds: ["demo-single", "demo-boolean"],
      maxAttempts: 2,
      submitted: 0,
      total: 1,
    });
    const { attemptId } = await start(assignmentId);
    await finishAttempt(db, alice.profileId, { attemptId, elapsedMs: 1000 }, at(2));
    expect((await assignmentsForOwner(db, teacher, classId))[0]).toMatchObject({ submitted: 1, total: 1 });
  });

  it("reads dates in the instructor's time zone", () => {
    const input = form({ opensAt: "2026-11-22T09:00", dueAt: "2026-11-22T18:00", timeZone: "Asia/Shanghai" });
    expect(input.opensAt.toISOString()).toBe("2026-11-22T01:00:00.000Z");
    expect(input.dueAt.toISOString()).toBe("2026-11-22T10:00:00.000Z");
  });

  it("takes named ids first and fills up to the count from topics and tags, under the instructor's title", async () => {
    const { assignmentId } = await assign({
      title: "Week 1",
      source: { kind: "custom", ids: ["demo-open"], topics: ["demo"], count: 3 },
    });
    const row = await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } });
    const ids = JSON.parse(row.questionIds) as string[];
    expect(ids).toHaveLength(3);
    expect(ids[0]).toBe("demo-open");
    expect(new Set(ids).size).toBe(3);
    expect(JSON.parse(row.title)).toEqual({ zh: "Week 1", en: "Week 1" });
  });

  it("names an unknown question id in a field error and creates nothing", async () => {
    const made = assign({ source: { kind: "custom", ids: ["demo-single", "no-such-question"], count: 2 } });
    await expect(made).rejects.toThrow(InvalidInputError);
    await expect(assign({ source: { kind: "custom", ids: ["no-such-question"], count: 1 } })).rejects.toMatchObject({
      field: "source.ids",
      message: expect.stringContaining("no-such-question"),
    });
    expect(await db.assignment.count({ where: { classId } })).toBe(0);
  });

  it("gives another instructor and a candidate 'not found' for assigning to or listing the class", async () => {
    await expect(assign({}, otherTeacher)).rejects.toThrow(NotFoundError);
    await expect(assign({}, alice)).rejects.toThrow(NotFoundError);
    await expect(assignmentsForOwner(db, otherTeacher, classId)).rejects.toThrow(NotFoundError);
    await expect(assignmentsForOwner(db, alice, classId)).rejects.toThrow(NotFoundError);
    expect(await db.assignment.count({ where: { classId } })).toBe(0);
  });
});

describe("a candidate's assignments", () => {
  it("lists assignments across their classes with status and attempts used, and none from classes they are not in", async () => {
    const { assignmentId } = await assign({ maxAttempts: 2 });
    expect(await myAssignments(db, bob, at(1))).toEqual([]);
    await expect(assignmentsForMember(db, bob, classId, at(1))).rejects.toThrow(NotFoundError);
    const [before] = await myAssignments(db, alice, at(1));
    expect(before).toMatchObject({
      id: assignmentId,
      className: "ML interviews",
      status: "not-started",
      attemptsUsed: 0,
      next: { kind: "start" },
    });
    const { attemptId } = await start(assignmentId);
    expect((await assignmentsForMember(db, alice, classId, at(2)))[0]).toMatchObject({
      status: "in-progress",
      next: { kind: "resume", attemptId },
    });
    await finishAttempt(db, alice.profileId, { attemptId, elapsedMs: 1000 }, at(3));
    expect((await myAssignments(db, alice, at(4)))[0]).toMatchObject({
      status: "submitted",
      attemptsUsed: 1,
      next: { kind: "start" },
      lastResultId: attemptId,
    });
  });

  it("marks an assignment nobody started as missed after the due date, and a late submission as late", async () => {
    await assign();
    expect((await myAssignments(db, alice, at(60 * 25)))[0]).toMatchObject({ status: "missed" });
    const { attemptId } = await start((await myAssignments(db, alice, at(1)))[0]!.id, at(60 * 25));
    await finishAttempt(db, alice.profileId, { attemptId, elapsedMs: 1000 }, at(60 * 26));
    expect((await myAssignments(db, alice, at(60 * 27)))[0]).toMatchObject({ status: "late" });
  });
});

describe("taking an assignment", () => {
  it("opens an exam-mode attempt on the fixed questions, and resumes it rather than opening another", async () => {
    const { assignmentId } = await assign({ timeLimitMin: 5 });
    const first = await start(assignmentId);
    const again = await start(assignmentId, at(2));
    expect(again).toEqual({ attemptId: first.attemptId, resumed: true });
    const loaded = await loadAttempt(db, alice.profileId, first.attemptId);
    expect(loaded!.attempt).toMatchObject({
      assignmentId,
      mode: "exam",
      questionIds: ["demo-single", "demo-boolean"],
      timeLimitSec: 300,
      title: { en: "Demo quiz" },
    });
    expect(await db.quizAttempt.count({ where: { assignmentId } })).toBe(1);
  });

  it("refuses before it opens, and a non-member cannot start it", async () => {
    const { assignmentId } = await assign({ opensAt: "2026-11-22T12:00" });
    await expect(start(assignmentId, at(1))).rejects.toMatchObject({ reason: "not-open-yet" });
    await expect(start(assignmentId, at(121), bob)).rejects.toThrow(NotFoundError);
    await expect(start("guessed-id", at(121))).rejects.toMatchObject({ what: "assignment" });
    expect(await db.quizAttempt.count({ where: { assignmentId } })).toBe(0);
  });

  it("allows only maxAttempts finished attempts", async () => {
    const { assignmentId } = await assign({ maxAttempts: 2 });
    for (const minute of [1, 3]) {
      const { attemptId } = await start(assignmentId, at(minute));
      await finishAttempt(db, alice.profileId, { attemptId, elapsedMs: 1000 }, at(minute + 1));
    }
    await expect(start(assignmentId, at(10))).rejects.toThrow(ConflictError);
    await expect(start(assignmentId, at(10))).rejects.toMatchObject({ reason: "no-attempts-left" });
    expect(await db.quizAttempt.count({ where: { assignmentId } })).toBe(2);
    expect((await myAssignments(db, alice, at(11)))[0]).toMatchObject({ attemptsUsed: 2, next: { kind: "result" } });
  });

  it("takes the assignment and its attempts away from a removed member", async () => {
    const { assignmentId } = await assign();
    const { attemptId } = await start(assignmentId);
    await removeMember(db, teacher, { classId, userId: alice.userId }, at(1));
    await expect(start(assignmentId, at(2))).rejects.toThrow(NotFoundError);
    await expect(answer(attemptId, at(2))).rejects.toThrow(NotFoundError);
    expect(await loadAttempt(db, alice.profileId, attemptId)).toBeUndefined();
    expect(await myAssignments(db, alice, at(2))).toEqual([]);
    expect(await db.quizAnswer.count({ where: { attemptId } })).toBe(0);
  });
});

describe("removal", () => {
  it("sticks: the unchanged code does not let a removed student back in until the owner re-admits them", async () => {
    const { assignmentId } = await assign();
    const { attemptId } = await start(assignmentId);
    await answer(attemptId, at(2));
    await removeMember(db, teacher, { classId, userId: alice.userId }, at(3));
    // Removing twice (a double click) is one removal.
    await removeMember(db, teacher, { classId, userId: alice.userId }, at(3));
    expect((await classForOwner(db, teacher, classId)).removed).toEqual([
      { userId: alice.userId, name: "Alice", email: alice.email, removedAt: at(3) },
    ]);

    // Re-joining with the same code is refused with its own reason, and the old attempt stays out of reach.
    await expect(joinClass(db, alice, { code: joinCode }, at(4), [])).rejects.toMatchObject({
      code: "conflict",
      reason: "removed-from-class",
    });
    expect(await db.membership.count({ where: { classId, userId: alice.userId } })).toBe(0);
    await expect(start(assignmentId, at(4))).rejects.toThrow(NotFoundError);
    await expect(answer(attemptId, at(4))).rejects.toThrow(NotFoundError);
    expect(await loadAttempt(db, alice.profileId, attemptId)).toBeUndefined();
    expect(await myAssignments(db, alice, at(4))).toEqual([]);

    // Only the owner re-admits; then the code works again and the old attempt resumes.
    await expect(readmitStudent(db, otherTeacher, { classId, userId: alice.userId })).rejects.toThrow(NotFoundError);
    await readmitStudent(db, teacher, { classId, userId: alice.userId });
    await readmitStudent(db, teacher, { classId, userId: alice.userId });
    expect((await classForOwner(db, teacher, classId)).removed).toEqual([]);
    expect(await joinClass(db, alice, { code: joinCode }, at(5), [])).toEqual({ classId, alreadyMember: false });
    expect(await start(assignmentId, at(6))).toEqual({ attemptId, resumed: true });
    expect(await loadAttempt(db, alice.profileId, attemptId)).toBeDefined();
  });

  it("does not stop another student, nor the removed one from other classes", async () => {
    const other = await createClass(db, otherTeacher, { name: "Other" }, T0);
    await removeMember(db, teacher, { classId, userId: alice.userId }, at(1));
    expect(await joinClass(db, bob, { code: joinCode }, at(2), [])).toMatchObject({ alreadyMember: false });
    expect(await joinClass(db, alice, { code: other.joinCode }, at(2), [])).toMatchObject({ alreadyMember: false });
  });
});

describe("the server-side deadline of a timed assignment", () => {
  it("accepts answers within the limit and the grace, whatever elapsed time the client claims", async () => {
    const { assignmentId } = await assign({ timeLimitMin: 10 });
    const { attemptId } = await start(assignmentId, T0);
    expect(await answer(attemptId, new Date(T0.getTime() + 10 * 60_000 + 20_000))).toMatchObject({ status: "saved" });
  });

  it("refuses an answer after the deadline, saves nothing, and finishes the attempt at the deadline", async () => {
    const { assignmentId } = await assign({ timeLimitMin: 10 });
    const { attemptId } = await start(assignmentId, T0);
    expect(await answer(attemptId, at(11))).toEqual({ status: "time-up" });
    expect(await db.quizAnswer.count({ where: { attemptId } })).toBe(0);
    expect(await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({
      finishedAt: at(10),
      elapsedMs: 600_000,
    });
  });

  it("finishes the attempt at the deadline when the client saves progress or finishes late", async () => {
    const { assignmentId } = await assign({ timeLimitMin: 10, maxAttempts: 2 });
    const first = await start(assignmentId, T0);
    expect(
      await saveProgress(db, alice.profileId, { attemptId: first.attemptId, position: 1, elapsedMs: 1000 }, at(30)),
    ).toMatchObject({ finished: true });
    expect(await db.quizAttempt.findUniqueOrThrow({ where: { id: first.attemptId } })).toMatchObject({
      finishedAt: at(10),
      position: 0,
    });
    const second = await start(assignmentId, at(40));
    await finishAttempt(db, alice.profileId, { attemptId: second.attemptId, elapsedMs: 1000 }, at(55));
    expect(await db.quizAttempt.findUniqueOrThrow({ where: { id: second.attemptId } })).toMatchObject({
      finishedAt: at(50),
    });
  });
});

describe("results after the due date", () => {
  it("keeps the score and answers back until the due date, then shows them", async () => {
    const { assignmentId } = await assign({ feedback: "after-due" });
    const { attemptId } = await start(assignmentId);
    const answerId = randomUUID();
    const submit = (now: Date) =>
      answerQuestion(
        db,
        alice.profileId,
        content,
        { attemptId, answerId, questionId: "demo-single", response: { type: "single", choice: 1 }, elapsedMs: 1000 },
        "en",
        now,
      );
    await submit(at(2));
    await finishAttempt(db, alice.profileId, { attemptId, elapsedMs: 1000 }, at(3));
    // A retried request after handing in only confirms the save until the due date.
    expect(await submit(at(4))).toMatchObject({ status: "saved" });
    expect(await submit(at(60 * 24 + 1))).toMatchObject({ status: "graded" });
    const loaded = await loadAttempt(db, alice.profileId, attemptId);
    expect(resultsWithheld(loaded!.attempt, at(4))).toBe(true);
    await expect(addMissedToReview(db, alice.profileId, content, { attemptId }, "en", at(4))).rejects.toMatchObject({
      reason: "feedback-after-due",
    });
    expect(await db.card.count({ where: { profileId: alice.profileId } })).toBe(0);
    expect((await listAttempts(db, alice.profileId, 10, at(4))).finished).toEqual([]);
    expect(resultsWithheld(loaded!.attempt, at(60 * 24 + 1))).toBe(false);
    expect((await listAttempts(db, alice.profileId, 10, at(60 * 24 + 1))).finished.map((f) => f.attempt.id)).toEqual([
      attemptId,
    ]);
    expect(await addMissedToReview(db, alice.profileId, content, { attemptId }, "en", at(60 * 24 + 1))).toMatchObject({
      questions: 1,
    });
  });

  it("shows results at once for immediate feedback", async () => {
    const { assignmentId } = await assign();
    const { attemptId } = await start(assignmentId);
    await finishAttempt(db, alice.profileId, { attemptId, elapsedMs: 1000 }, at(3));
    expect(resultsWithheld((await loadAttempt(db, alice.profileId, attemptId))!.attempt, at(4))).toBe(false);
    expect((await listAttempts(db, alice.profileId, 10, at(4))).finished.map((f) => f.attempt.id)).toEqual([attemptId]);
  });
});
