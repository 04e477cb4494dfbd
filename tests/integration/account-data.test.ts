import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { loadContent } from "@/lib/content/load";
import { ConflictError, InvalidInputError } from "@/lib/errors";
import { gradebookCsv } from "@/lib/gradebook/gradebook-csv";
import { loadGradebook } from "@/lib/gradebook/load-gradebook";
import { deleteAccount, DeleteAccountInputSchema } from "@/lib/privacy/delete-account";
import { exportAccountData } from "@/lib/privacy/export-account-data";
import { resetAnonymousProgress } from "@/lib/privacy/reset-progress";
import { quizContentFrom, type QuizContent } from "@/lib/quiz/content-source";
import { GRADEBOOK_CSV_LABELS } from "../helpers/gradebook-labels";
import { contentRootWith } from "../helpers/content-fixtures";
import { createTempDatabase } from "../helpers/temp-db";
import { createViewer } from "../helpers/viewers";

const NOW = new Date("2026-12-07T10:00:00Z");
const QUESTIONS = ["demo-single", "demo-open"];
let db: PrismaClient;
let content: QuizContent;
let teacher: Viewer;
let lin: Viewer;
let sam: Viewer;
let classId: string;
let assignmentId: string;

/** A finished assignment attempt: the single-choice answer right or wrong, the open answer graded by the owner. */
async function submit(student: Viewer, right: boolean, openScore: number) {
  const attemptId = randomUUID();
  await db.quizAttempt.create({
    data: {
      id: attemptId,
      profileId: student.profileId,
      title: JSON.stringify({ zh: "作业", en: "Homework" }),
      mode: "exam",
      questionIds: JSON.stringify(QUESTIONS),
      elapsedMs: 90_000,
      startedAt: new Date("2026-12-02T09:00:00Z"),
      finishedAt: new Date("2026-12-02T09:02:00Z"),
      assignmentId,
      answers: {
        create: [
          {
            id: randomUUID(),
            questionId: "demo-single",
            response: JSON.stringify({ type: "single", choice: right ? 1 : 0 }),
            score: right ? 1 : 0,
            contentHash: "h",
            contentLang: "en",
          },
          {
            id: randomUUID(),
            questionId: "demo-open",
            response: JSON.stringify({ type: "open", text: "My private answer about overfitting" }),
            score: 1,
            selfGrade: "correct",
            contentHash: "h",
            contentLang: "en",
          },
        ],
      },
      overrides: {
        create: { questionId: "demo-open", score: openScore, comment: "See the notes", byUserId: teacher.userId },
      },
    },
  });
  return attemptId;
}

async function review(profileId: string, questionId: string) {
  await db.review.create({
    data: {
      id: randomUUID(),
      profileId,
      questionId,
      clozeIndex: 0,
      rating: 3,
      reviewedAt: NOW,
      contentHash: "h",
      contentLang: "en",
      state: 0,
      due: NOW,
      dueBefore: NOW,
      stability: 0,
      difficulty: 0,
      elapsedDays: 0,
      lastElapsedDays: 0,
      scheduledDays: 1,
      learningSteps: 0,
    },
  });
}

beforeAll(async () => {
  ({ db } = await createTempDatabase());
  const { root, publicDir } = contentRootWith();
  content = quizContentFrom((await loadContent({ dir: root, publicDir })).snapshot);
});
afterAll(() => db.$disconnect());
beforeEach(async () => {
  teacher = await createViewer(db, "instructor", "Tom Teacher");
  lin = await createViewer(db, "candidate", "Lin Wei");
  sam = await createViewer(db, "candidate", "Sam Carter");
  classId = randomUUID();
  assignmentId = randomUUID();
  await db.classroom.create({
    data: { id: classId, name: "LLM 101", ownerId: teacher.userId, joinCode: randomUUID() },
  });
  await db.membership.createMany({ data: [lin, sam].map((s) => ({ classId, userId: s.userId })) });
  await db.assignment.create({
    data: {
      id: assignmentId,
      classId,
      title: JSON.stringify({ zh: "作业", en: "Homework" }),
      source: JSON.stringify({ kind: "custom", ids: QUESTIONS }),
      questionIds: JSON.stringify(QUESTIONS),
      opensAt: new Date("2026-12-01T00:00:00Z"),
      dueAt: new Date("2026-12-05T00:00:00Z"),
    },
  });
});

describe("downloading my data", () => {
  it("holds the account, settings, reviews, attempts with answers, memberships and grades, and no secret", async () => {
    await db.account.create({
      data: {
        id: randomUUID(),
        accountId: lin.userId,
        providerId: "credential",
        userId: lin.userId,
        password: "scrypt$hash",
      },
    });
    await db.session.create({
      data: {
        id: randomUUID(),
        token: "session-token-abc",
        userId: lin.userId,
        expiresAt: new Date("2027-01-01"),
        userAgent: "Chromium",
      },
    });
    await db.profile.update({ where: { id: lin.profileId }, data: { dailyNewLimit: 33, timeZone: "Asia/Shanghai" } });
    await review(lin.profileId, "demo-single");
    await review(sam.profileId, "demo-open");
    const attemptId = await submit(lin, true, 0.5);
    const data = await exportAccountData(db, lin.userId, NOW);
    expect(data.account).toMatchObject({ id: lin.userId, name: "Lin Wei", email: lin.email, role: "candidate" });
    expect(data.settings).toMatchObject({ dailyNewLimit: 33, timeZone: "Asia/Shanghai" });
    expect(data.sessions).toEqual([expect.objectContaining({ userAgent: "Chromium" })]);
    expect(data.reviews).toEqual([expect.objectContaining({ questionId: "demo-single", rating: 3, undoneAt: null })]);
    expect(data.attempts).toEqual([
      expect.objectContaining({
        id: attemptId,
        assignmentId,
        scorePercent: 75,
        answers: expect.arrayContaining([
          expect.objectContaining({
            questionId: "demo-open",
            response: { type: "open", text: "My private answer about overfitting" },
          }),
        ]),
      }),
    ]);
    expect(data.memberships).toEqual([
      expect.objectContaining({ classId, className: "LLM 101", instructor: "Tom Teacher" }),
    ]);
    expect(data.grades).toEqual([
      expect.objectContaining({
        assignmentId,
        className: "LLM 101",
        scorePercent: 75,
        instructorGrades: [expect.objectContaining({ questionId: "demo-open", score: 0.5, comment: "See the notes" })],
      }),
    ]);
    const text = JSON.stringify(data);
    expect(text).not.toContain("scrypt$hash");
    expect(text).not.toContain("session-token-abc");
    expect(text).not.toContain(sam.profileId);
  });
});

describe("deleting my account", () => {
  it("refuses an email that is not the account's, with a field error, and deletes nothing", async () => {
    const input = DeleteAccountInputSchema.parse({ confirmEmail: "someone@else.test" });
    await expect(deleteAccount(db, lin, input, NOW)).rejects.toThrow(InvalidInputError);
    await expect(deleteAccount(db, lin, input, NOW)).rejects.toMatchObject({ field: "confirmEmail" });
    expect(await db.user.count({ where: { id: lin.userId } })).toBe(1);
    expect(DeleteAccountInputSchema.safeParse({ confirmEmail: "  " }).error?.issues[0]?.message).toBe("emailMissing");
  });

  it("removes sessions, reviews, attempts and membership, and the gradebook keeps a 'Deleted student' row", async () => {
    await review(lin.profileId, "demo-single");
    await db.session.create({
      data: { id: randomUUID(), token: randomUUID(), userId: lin.userId, expiresAt: new Date("2027-01-01") },
    });
    await submit(lin, true, 0.5);
    await submit(sam, false, 1);
    const before = await loadGradebook(db, teacher, content, { classId, assignmentId }, "en", NOW);
    const input = DeleteAccountInputSchema.parse({ confirmEmail: ` ${lin.email.toUpperCase()} ` });
    expect(await deleteAccount(db, lin, input, NOW)).toEqual({ keptGrades: 1 });

    expect(await db.user.count({ where: { id: lin.userId } })).toBe(0);
    expect(await db.session.count({ where: { userId: lin.userId } })).toBe(0);
    expect(await db.profile.count({ where: { id: lin.profileId } })).toBe(0);
    expect(await db.review.count({ where: { profileId: lin.profileId } })).toBe(0);
    expect(await db.quizAttempt.count({ where: { profileId: lin.profileId } })).toBe(0);
    expect(
      await db.quizAnswer.count({
        where: { response: { contains: "private answer" }, attempt: { profileId: lin.profileId } },
      }),
    ).toBe(0);
    expect(await db.membership.count({ where: { userId: lin.userId } })).toBe(0);

    const after = await loadGradebook(db, teacher, content, { classId, assignmentId }, "en", NOW);
    expect(after.students.map((s) => [s.name, s.deleted ?? false, s.scorePercent])).toEqual([
      ["Sam Carter", false, 50],
      ["", true, 75],
    ]);
    expect(after.students[1]).toMatchObject({ email: "", status: "submitted", late: false, questionScores: [1, 0.5] });
    // The class's figures do not move: the kept grade counts in averages and item analysis as before.
    expect(after.averages).toEqual(before.averages);
    expect(after.questions.map((q) => q.facility)).toEqual(before.questions.map((q) => q.facility));
    after.students[1]!.name = "Deleted student";
    expect(gradebookCsv(after, GRADEBOOK_CSV_LABELS, "UTC")).toContain("Deleted student");
    const [event] = await db.auditEvent.findMany({ where: { kind: "account_deleted", targetId: lin.userId } });
    expect(JSON.parse(event!.details)).toEqual({ role: "candidate", keptGrades: 1 });
    expect(event!.details).not.toContain(lin.email);
  });

  it("refuses an instructor who still owns a class, and the last admin", async () => {
    await expect(
      deleteAccount(db, teacher, DeleteAccountInputSchema.parse({ confirmEmail: teacher.email }), NOW),
    ).rejects.toMatchObject({ reason: "owns-classes", params: { count: 1 } });
    expect(await db.classroom.count({ where: { id: classId } })).toBe(1);
    await db.user.updateMany({ where: { role: "admin" }, data: { role: "candidate" } });
    const admin = await createViewer(db, "admin");
    await expect(
      deleteAccount(db, admin, DeleteAccountInputSchema.parse({ confirmEmail: admin.email }), NOW),
    ).rejects.toThrow(ConflictError);
    const second = await createViewer(db, "admin");
    await deleteAccount(db, second, DeleteAccountInputSchema.parse({ confirmEmail: second.email }), NOW);
    expect(await db.user.count({ where: { id: second.userId } })).toBe(0);
  });
});

describe("resetting an anonymous learner's progress", () => {
  it("deletes the anonymous profile and its reviews, and never an account's", async () => {
    const anonymous = randomUUID();
    await db.profile.create({ data: { id: anonymous } });
    await review(anonymous, "demo-single");
    expect(await db.review.count({ where: { profileId: anonymous } })).toBe(1);
    expect(await resetAnonymousProgress(db, anonymous)).toEqual({ reset: true });
    expect(await db.profile.count({ where: { id: anonymous } })).toBe(0);
    expect(await db.review.count({ where: { profileId: anonymous } })).toBe(0);
    expect(await resetAnonymousProgress(db, anonymous)).toEqual({ reset: false });
    await review(sam.profileId, "demo-single");
    expect(await resetAnonymousProgress(db, sam.profileId)).toEqual({ reset: false });
    expect(await db.review.count({ where: { profileId: sam.profileId } })).toBe(1);
  });
});
