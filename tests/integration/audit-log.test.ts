import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { AUDIT_PAGE_SIZE, readAuditLog } from "@/lib/audit/read-audit-log";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { consumeRateLimit, accountKey, SIGN_IN_PER_ACCOUNT } from "@/lib/auth/rate-limit";
import { recordSignInLockout } from "@/lib/auth/sign-in-lockout";
import type { Viewer } from "@/lib/auth/viewer";
import { loadContent } from "@/lib/content/load";
import { NotFoundError, RateLimitedError } from "@/lib/errors";
import { quizContentFrom, type QuizContent } from "@/lib/quiz/content-source";
import { contentRootWith } from "../helpers/content-fixtures";
import { createTempDatabase } from "../helpers/temp-db";
import { createViewer } from "../helpers/viewers";

// The actions run as in a request: same-site headers, the signed-in person chosen per test, this test's database.
const request = vi.hoisted(() => ({
  viewer: undefined as Viewer | undefined,
  db: undefined as unknown,
  content: undefined as unknown,
}));
vi.mock("next/headers", () => ({
  headers: async () => ({
    get: (name: string) => ({ host: "localhost:3000", origin: "http://localhost:3000" })[name] ?? null,
  }),
  cookies: async () => ({ get: () => undefined, has: () => false, delete: () => undefined }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next-intl/server", () => ({
  getLocale: async () => "en",
  getTranslations: async () => (key: string) => key,
}));
vi.mock("@/lib/session/viewer", () => ({ currentViewer: async () => request.viewer }));
vi.mock("@/lib/db/client", () => ({
  get prisma() {
    return request.db;
  },
}));
vi.mock("@/lib/data/quiz-content", () => ({ quizContent: () => request.content }));

const { setUserRole } = await import("@/lib/actions/set-user-role");
const { removeMember } = await import("@/lib/actions/remove-member");
const { readmitStudent } = await import("@/lib/actions/readmit-student");
const { overrideGrade } = await import("@/lib/actions/override-grade");
const { downloadAccountData } = await import("@/lib/actions/download-account-data");
const { getGradebookForExport } = await import("@/lib/data/gradebook");

const NOW = new Date("2026-12-07T10:00:00Z");
let db: PrismaClient;
let admin: Viewer;
let teacher: Viewer;
let student: Viewer;
let classId: string;
let assignmentId: string;

const events = (kind: string) => db.auditEvent.findMany({ where: { kind }, orderBy: { createdAt: "asc" } });
const detailsOf = (row: { details: string }) => JSON.parse(row.details) as Record<string, unknown>;

beforeAll(async () => {
  ({ db } = await createTempDatabase());
  request.db = db;
  const { root, publicDir } = contentRootWith();
  request.content = quizContentFrom((await loadContent({ dir: root, publicDir })).snapshot) satisfies QuizContent;
});
afterAll(() => db.$disconnect());
beforeEach(async () => {
  admin = await createViewer(db, "admin", "Ada Admin");
  teacher = await createViewer(db, "instructor", "Tom Teacher");
  student = await createViewer(db, "candidate", "Sue Student");
  classId = randomUUID();
  assignmentId = randomUUID();
  await db.classroom.create({ data: { id: classId, name: "ML", ownerId: teacher.userId, joinCode: randomUUID() } });
  await db.membership.create({ data: { classId, userId: student.userId } });
  const questionIds = JSON.stringify(["demo-open"]);
  await db.assignment.create({
    data: {
      id: assignmentId,
      classId,
      title: JSON.stringify({ zh: "作业", en: "Homework" }),
      source: JSON.stringify({ kind: "custom", ids: ["demo-open"] }),
      questionIds,
      opensAt: new Date("2026-12-01T00:00:00Z"),
      dueAt: new Date("2026-12-20T00:00:00Z"),
    },
  });
  request.viewer = undefined;
});

describe("every audited action records its event", () => {
  it("records a role change with who, whom and from/to, and nothing when the role stays the same", async () => {
    request.viewer = admin;
    const before = (await events("role_change")).length;
    expect(await setUserRole({ userId: student.userId, role: "instructor" })).toMatchObject({ ok: true });
    expect(await setUserRole({ userId: student.userId, role: "instructor" })).toMatchObject({ ok: true });
    const rows = (await events("role_change")).slice(before);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: admin.userId, targetId: student.userId });
    expect(detailsOf(rows[0]!)).toEqual({ from: "candidate", to: "instructor" });
  });

  it("records nothing when a non-admin's role change is refused", async () => {
    request.viewer = teacher;
    const before = await db.auditEvent.count();
    expect(await setUserRole({ userId: student.userId, role: "instructor" })).toMatchObject({ ok: false });
    expect(await db.auditEvent.count()).toBe(before);
  });

  it("records a removal and a re-admission once each, and nothing for another instructor's refused try", async () => {
    const rival = await createViewer(db, "instructor");
    request.viewer = rival;
    expect(await removeMember({ classId, userId: student.userId })).toMatchObject({ ok: false });
    expect(await db.auditEvent.count({ where: { actorId: rival.userId } })).toBe(0);
    request.viewer = teacher;
    expect(await removeMember({ classId, userId: student.userId })).toMatchObject({ ok: true });
    expect(await removeMember({ classId, userId: student.userId })).toMatchObject({ ok: true });
    expect(await readmitStudent({ classId, userId: student.userId })).toMatchObject({ ok: true });
    expect(await readmitStudent({ classId, userId: student.userId })).toMatchObject({ ok: true });
    const mine = await db.auditEvent.findMany({ where: { actorId: teacher.userId }, orderBy: { kind: "asc" } });
    expect(mine.map((e) => [e.kind, e.targetId, detailsOf(e).classId])).toEqual([
      ["member_readmitted", student.userId, classId],
      ["member_removed", student.userId, classId],
    ]);
  });

  it("records an instructor's grade of an answer with the score", async () => {
    const attemptId = randomUUID();
    await db.quizAttempt.create({
      data: {
        id: attemptId,
        profileId: student.profileId,
        title: JSON.stringify({ zh: "作业", en: "Homework" }),
        mode: "exam",
        questionIds: JSON.stringify(["demo-open"]),
        startedAt: NOW,
        finishedAt: NOW,
        assignmentId,
        answers: {
          create: {
            id: randomUUID(),
            questionId: "demo-open",
            response: JSON.stringify({ type: "open", text: "noise" }),
            score: 1,
            selfGrade: "correct",
            contentHash: "h",
            contentLang: "en",
          },
        },
      },
    });
    request.viewer = teacher;
    const result = await overrideGrade({ attemptId, questionId: "demo-open", score: 0.5, comment: "Half there" });
    expect(result).toMatchObject({ ok: true });
    const [row] = await db.auditEvent.findMany({ where: { kind: "grade_override", actorId: teacher.userId } });
    expect(row).toMatchObject({ targetId: student.userId });
    expect(detailsOf(row!)).toEqual({ classId, assignmentId, attemptId, questionId: "demo-open", score: 0.5 });
    expect(row!.details).not.toContain("Half there");
  });

  it("records a gradebook CSV export by its owner, and none for someone who is refused", async () => {
    request.viewer = student;
    await expect(getGradebookForExport(classId, assignmentId)).rejects.toThrow(NotFoundError);
    request.viewer = teacher;
    await getGradebookForExport(classId, assignmentId);
    const rows = await db.auditEvent.findMany({ where: { kind: "gradebook_export" } });
    expect(rows.filter((r) => detailsOf(r).assignmentId === assignmentId)).toEqual([
      expect.objectContaining({ actorId: teacher.userId }),
    ]);
  });

  it("records a data export, and refuses a visitor who is not signed in (401) without a record", async () => {
    const before = await db.auditEvent.count({ where: { kind: "data_export" } });
    expect((await downloadAccountData()).status).toBe(401);
    expect(await db.auditEvent.count({ where: { kind: "data_export" } })).toBe(before);
    request.viewer = student;
    const response = await downloadAccountData();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="goldmine-my-data-' + new Date().toISOString().slice(0, 10) + '.json"',
    );
    expect(await db.auditEvent.findMany({ where: { kind: "data_export", actorId: student.userId } })).toHaveLength(1);
  });

  it("records a sign-in lockout once when it starts, with the typed email and never the password", async () => {
    const email = `${randomUUID()}@example.test`;
    const keys = [[accountKey(email), SIGN_IN_PER_ACCOUNT]] as const;
    const tryOnce = () => consumeRateLimit(db, keys, NOW, (tx, key) => recordSignInLockout(tx, key, NOW));
    for (let i = 0; i < SIGN_IN_PER_ACCOUNT.max; i++) await tryOnce();
    await expect(tryOnce()).rejects.toThrow(RateLimitedError);
    await expect(tryOnce()).rejects.toThrow(RateLimitedError);
    const rows = (await events("sign_in_lockout")).filter((r) => detailsOf(r).subject === email);
    expect(rows).toHaveLength(1);
    expect(detailsOf(rows[0]!)).toEqual({ scope: "account", subject: email });
    expect(rows[0]!.actorId).toBeNull();
  });

  it("offers the password-reset flow its kind, and refuses details that are not declared (no tokens)", async () => {
    await recordAuditEvent(db, NOW, {
      kind: "password_reset",
      actorId: null,
      targetId: student.userId,
      details: { via: "email-link" },
    });
    expect(await db.auditEvent.count({ where: { kind: "password_reset", targetId: student.userId } })).toBe(1);
    await expect(
      recordAuditEvent(db, NOW, {
        kind: "password_reset",
        actorId: null,
        details: { via: "email-link", token: "secret" } as never,
      }),
    ).rejects.toThrow();
  });
});

describe("reading the audit log", () => {
  it("is for admins only: candidates, instructors and visitors get 'not found'", async () => {
    for (const viewer of [student, teacher, undefined])
      await expect(readAuditLog(db, viewer, { page: 1 }, "UTC")).rejects.toThrow(NotFoundError);
    await expect(readAuditLog(db, admin, { page: 1 }, "UTC")).resolves.toMatchObject({ page: 1 });
  });

  it("filters by kind, actor and date range in the admin's zone, and pages newest first", async () => {
    const actor = await createViewer(db, "instructor", `Filter ${randomUUID().slice(0, 6)}`);
    const day = (d: string) => new Date(`2030-01-${d}`);
    for (let i = 0; i < AUDIT_PAGE_SIZE + 3; i++)
      await recordAuditEvent(db, new Date(day("10T12:00:00Z").getTime() + i * 1000), {
        kind: "gradebook_export",
        actorId: actor.userId,
        details: { classId: "c", assignmentId: `a${i}` },
      });
    // 23:30 UTC on the 11th is the 12th in Shanghai.
    await recordAuditEvent(db, day("11T23:30:00Z"), { kind: "data_export", actorId: actor.userId, details: {} });
    const first = await readAuditLog(db, admin, { actor: actor.email.toUpperCase(), page: 1 }, "UTC");
    expect(first.total).toBe(AUDIT_PAGE_SIZE + 4);
    expect(first.pages).toBe(2);
    expect(first.rows[0]).toMatchObject({ kind: "data_export", actor: { name: actor.name } });
    const second = await readAuditLog(db, admin, { actor: actor.name, page: 2 }, "UTC");
    expect(second.rows.map((r) => r.details.assignmentId)).toEqual(["a3", "a2", "a1", "a0"]);
    const byKind = await readAuditLog(db, admin, { actor: actor.email, kind: "data_export", page: 1 }, "UTC");
    expect(byKind.total).toBe(1);
    const shanghai12th = await readAuditLog(
      db,
      admin,
      { actor: actor.email, from: "2030-01-12", to: "2030-01-12", page: 1 },
      "Asia/Shanghai",
    );
    expect(shanghai12th.rows.map((r) => r.kind)).toEqual(["data_export"]);
    const utc11th = await readAuditLog(
      db,
      admin,
      { actor: actor.email, from: "2030-01-11", to: "2030-01-11", page: 1 },
      "UTC",
    );
    expect(utc11th.rows.map((r) => r.kind)).toEqual(["data_export"]);
  });

  it("names a deleted account as deleted, and keeps its events", async () => {
    const gone = await createViewer(db, "candidate");
    await recordAuditEvent(db, new Date("2031-01-01T00:00:00Z"), {
      kind: "data_export",
      actorId: gone.userId,
      details: {},
    });
    await db.user.delete({ where: { id: gone.userId } });
    const log = await readAuditLog(db, admin, { kind: "data_export", from: "2031-01-01", page: 1 }, "UTC");
    expect(log.rows[0]!.actor).toEqual({ id: gone.userId, deleted: true });
  });
});
