import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { listProblemReports, reportProblem, resolveProblemReport } from "@/lib/study-tools/problem-reports";
import {
  readQuestionMark,
  readQuestionMarks,
  saveQuestionNote,
  setQuestionFlag,
} from "@/lib/study-tools/question-marks";
import { createTempDatabase } from "../helpers/temp-db";

const T0 = new Date("2026-12-07T09:00:00Z");
const later = new Date("2026-12-07T10:00:00Z");

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

const viewer = (role: Viewer["role"], profileId = me): Viewer => ({
  userId: randomUUID(),
  name: role,
  email: `${role}@example.test`,
  role,
  profileId,
});

describe("a learner's flag and note on a question", () => {
  it("is private to its owner: another profile reads nothing and its own marks stay apart", async () => {
    await setQuestionFlag(db, { profileId: me, questionId: "attn-1", now: T0 }, true);
    await saveQuestionNote(db, { profileId: me, questionId: "attn-1", now: T0 }, "Remember **sqrt(d_k)**");
    await saveQuestionNote(db, { profileId: other, questionId: "attn-1", now: T0 }, "their own note");

    expect(await readQuestionMark(db, me, "attn-1")).toEqual({ flagged: true, note: "Remember **sqrt(d_k)**" });
    expect(await readQuestionMark(db, other, "attn-1")).toEqual({ flagged: false, note: "their own note" });
    expect([...(await readQuestionMarks(db, other)).keys()]).toEqual(["attn-1"]);
    expect((await readQuestionMarks(db, other)).get("attn-1")?.note).toBe("their own note");
    expect(await readQuestionMark(db, randomUUID(), "attn-1")).toEqual({ flagged: false, note: "" });
  });

  it("keeps one row per question: flagging twice, un-flagging and clearing the note leave it unmarked", async () => {
    const change = { profileId: me, questionId: "q", now: T0 };
    await setQuestionFlag(db, change, true);
    await setQuestionFlag(db, change, true);
    await saveQuestionNote(db, change, "x");
    expect(await db.questionMark.count({ where: { profileId: me } })).toBe(1);
    await setQuestionFlag(db, { ...change, now: later }, false);
    await saveQuestionNote(db, { ...change, now: later }, "   \n ");
    expect(await readQuestionMark(db, me, "q")).toEqual({ flagged: false, note: "" });
    expect((await readQuestionMarks(db, me)).size).toBe(0);
  });
});

describe("problem reports", () => {
  const report = (questionId = "attn-1") => ({
    id: randomUUID() as string,
    questionId,
    reason: "wrong-answer" as const,
    text: "Option B is also correct.",
  });

  it("are stored once per client id, even when the form is sent twice", async () => {
    const r = report();
    await reportProblem(db, me, r, T0);
    await reportProblem(db, me, { ...r, text: "changed on retry" }, later);
    const rows = await db.problemReport.findMany({ where: { id: r.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ profileId: me, text: "Option B is also correct.", resolvedAt: null });
  });

  it("are listed only to admins, with the question id and text, open ones first", async () => {
    const first = report("q-first");
    const second = report("q-second");
    await reportProblem(db, me, first, T0);
    await reportProblem(db, other, second, later);
    await expect(listProblemReports(db, undefined)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listProblemReports(db, viewer("candidate"))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listProblemReports(db, viewer("instructor"))).rejects.toBeInstanceOf(ForbiddenError);

    const admin = viewer("admin", other);
    await resolveProblemReport(db, admin, second.id, true, later);
    const listed = (await listProblemReports(db, admin)).filter((r) => [first.id, second.id].includes(r.id));
    expect(listed.map((r) => [r.questionId, r.text, r.resolvedAt !== null])).toEqual([
      ["q-first", "Option B is also correct.", false],
      ["q-second", "Option B is also correct.", true],
    ]);
  });

  it("can be resolved and reopened by admins only; an unknown report is not found", async () => {
    const r = report();
    await reportProblem(db, me, r, T0);
    await expect(resolveProblemReport(db, viewer("instructor"), r.id, true, later)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect((await db.problemReport.findUniqueOrThrow({ where: { id: r.id } })).resolvedAt).toBeNull();
    await resolveProblemReport(db, viewer("admin"), r.id, true, later);
    expect((await db.problemReport.findUniqueOrThrow({ where: { id: r.id } })).resolvedAt).toEqual(later);
    await resolveProblemReport(db, viewer("admin"), r.id, false, later);
    expect((await db.problemReport.findUniqueOrThrow({ where: { id: r.id } })).resolvedAt).toBeNull();
    await expect(resolveProblemReport(db, viewer("admin"), randomUUID(), true, later)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});
