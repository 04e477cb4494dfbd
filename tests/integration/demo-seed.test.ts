import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Auth } from "@/lib/auth/create-auth";
import { isWeakPassword, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { loadContent } from "@/lib/content/load";
import type { ContentSnapshot } from "@/lib/content/schemas/snapshot";
import { loadDashboard } from "@/lib/stats/load-dashboard";
import { DEMO_ACCOUNTS, DEMO_INSTRUCTOR, DEMO_LIN, DEMO_PASSWORD, DEMO_SAM } from "@/lib/demo/accounts";
import { DEMO_CLASS_NAME, seedDemo, type SeedReport } from "@/lib/demo/seed";
import { loadAttempt } from "@/lib/attempts/read-attempts";
import { createTempDatabase } from "../helpers/temp-db";
import { createTestAuth } from "../helpers/test-auth";

const NOW = new Date("2026-11-22T10:00:00Z");
const DAY = 24 * 60 * 60_000;

let db: PrismaClient;
let auth: Auth;
let snapshot: ContentSnapshot;
let first: SeedReport;
let second: SeedReport;
let countsAfterFirst: number[];

const counts = () =>
  Promise.all([
    db.user.count(),
    db.account.count(),
    db.profile.count(),
    db.classroom.count(),
    db.membership.count(),
    db.assignment.count(),
    db.quizAttempt.count(),
    db.quizAnswer.count(),
    db.review.count(),
    db.card.count(),
  ]);
const userByEmail = (email: string) => db.user.findUniqueOrThrow({ where: { email }, include: { profile: true } });

beforeAll(async () => {
  ({ db } = await createTempDatabase());
  auth = createTestAuth(db);
  snapshot = (await loadContent({ dir: "content" })).snapshot;
  first = await seedDemo(db, snapshot, NOW, auth);
  countsAfterFirst = await counts();
  second = await seedDemo(db, snapshot, new Date(NOW.getTime() + 2 * 60 * 60_000), auth);
});
afterAll(() => db.$disconnect());

describe("npm run demo:seed (seedDemo)", () => {
  it("creates the four demo accounts with their roles, and each signs in with the published password", async () => {
    expect(DEMO_PASSWORD.length).toBeGreaterThanOrEqual(PASSWORD_MIN_LENGTH);
    expect(isWeakPassword(DEMO_PASSWORD)).toBe(false);
    const users = await db.user.findMany({ orderBy: { email: "asc" } });
    expect(users.map((u) => [u.email, u.name, u.role])).toEqual(
      [...DEMO_ACCOUNTS].sort((a, b) => a.email.localeCompare(b.email)).map((a) => [a.email, a.name, a.role]),
    );
    expect(new Set(users.map((u) => u.role))).toEqual(new Set(["admin", "instructor", "candidate"]));
    for (const account of DEMO_ACCOUNTS) {
      const signedIn = await auth.api.signInEmail({ body: { email: account.email, password: DEMO_PASSWORD } });
      expect(signedIn.user.email).toBe(account.email);
    }
    await expect(
      auth.api.signInEmail({ body: { email: DEMO_LIN.email, password: "not-the-demo-password" } }),
    ).rejects.toThrow();
  });

  it("makes one class owned by the instructor with both candidates as members, and one assignment open since yesterday", async () => {
    const teacher = await userByEmail(DEMO_INSTRUCTOR.email);
    const classes = await db.classroom.findMany({
      include: { members: { include: { user: true } }, assignments: true },
    });
    expect(classes).toHaveLength(1);
    const [demo] = classes;
    expect(demo).toMatchObject({
      name: DEMO_CLASS_NAME,
      ownerId: teacher.id,
      joinEnabled: true,
      joinCode: first.joinCode,
    });
    expect(demo!.members.map((m) => m.user.email).sort()).toEqual([DEMO_LIN.email, DEMO_SAM.email]);
    expect(demo!.assignments).toHaveLength(1);
    const [assignment] = demo!.assignments;
    expect(assignment!.feedback).toBe("immediate");
    expect(JSON.parse(assignment!.source)).toEqual({ kind: "set", slug: "llm-fundamentals-warm-up" });
    expect(JSON.parse(assignment!.questionIds).length).toBeGreaterThan(0);
    expect(assignment!.opensAt.getTime()).toBe(NOW.getTime() - DAY);
    expect(assignment!.dueAt.getTime()).toBe(NOW.getTime() + 7 * DAY);
  });

  it("gives Lin a finished, scored attempt with right and wrong answers, and Sam none yet", async () => {
    const lin = await userByEmail(DEMO_LIN.email);
    const sam = await userByEmail(DEMO_SAM.email);
    const attempts = await db.quizAttempt.findMany({ where: { assignmentId: first.assignmentId } });
    expect(attempts.map((a) => a.profileId)).toEqual([lin.profile!.id]);
    expect(attempts[0]!.finishedAt).not.toBeNull();
    const loaded = await loadAttempt(db, lin.profile!.id, attempts[0]!.id);
    expect(loaded!.summary.answered).toBe(loaded!.summary.total);
    // Lin graded her own open and code answers; in an assignment that is a note, so they await the instructor
    // (the demo's "Needs grading" queue) and count 0 until graded.
    const handGraded = loaded!.attempt.questionIds.filter((id) =>
      ["open", "code"].includes(snapshot.questions.find((q) => q.id === id)?.type ?? ""),
    );
    expect(loaded!.summary.awaitingGrade).toBe(handGraded.length);
    expect([...loaded!.answers.values()].filter((a) => a.selfGrade !== null)).toHaveLength(handGraded.length);
    expect(loaded!.summary.scorePercent).toBeGreaterThan(0);
    expect(loaded!.summary.scorePercent).toBeLessThan(100);
    expect(loaded!.summary.missed.length).toBeGreaterThan(0);
    expect(await db.quizAttempt.count({ where: { profileId: sam.profile!.id } })).toBe(0);
  });

  it("gives both candidates weeks of flashcard reviews: the dashboard shows a streak, a heatmap and (for Lin) retention", async () => {
    const library = {
      topics: snapshot.topics,
      banks: snapshot.banks,
      questions: snapshot.questions,
      articles: snapshot.articles,
    };
    for (const email of [DEMO_LIN.email, DEMO_SAM.email]) {
      const { profile } = await userByEmail(email);
      expect(await db.review.count({ where: { profileId: profile!.id } })).toBeGreaterThan(20);
      const dashboard = await loadDashboard(db, profile!.id, { dailyNewLimit: 20, timeZone: "UTC" }, library, NOW);
      expect(dashboard.streak, email).toBeGreaterThanOrEqual(2);
      expect(dashboard.heatmap.filter((d) => d.count > 0).length, email).toBeGreaterThanOrEqual(7);
      expect(dashboard.quizzes.length).toBe(email === DEMO_LIN.email ? 1 : 0);
      if (email === DEMO_LIN.email) {
        expect(dashboard.streak).toBeGreaterThanOrEqual(10);
        expect(dashboard.retentionOverall).not.toBeNull();
      }
    }
  });

  it("changes nothing on a second run and says everything is already seeded", async () => {
    expect(first.lines.every((l) => l.includes("created"))).toBe(true);
    expect(second.lines.every((l) => l.includes("already seeded"))).toBe(true);
    expect(second).toMatchObject({
      classId: first.classId,
      joinCode: first.joinCode,
      assignmentId: first.assignmentId,
    });
    expect(await counts()).toEqual(countsAfterFirst);
  });

  it("puts back a demo account's role, name and password when someone changed them", async () => {
    const teacher = await userByEmail(DEMO_INSTRUCTOR.email);
    await db.user.update({ where: { id: teacher.id }, data: { role: "candidate", name: "Renamed" } });
    await db.account.updateMany({ where: { userId: teacher.id }, data: { password: "not-a-valid-hash" } });
    await seedDemo(db, snapshot, NOW, auth);
    expect(await userByEmail(DEMO_INSTRUCTOR.email)).toMatchObject({ role: "instructor", name: DEMO_INSTRUCTOR.name });
    const signedIn = await auth.api.signInEmail({ body: { email: DEMO_INSTRUCTOR.email, password: DEMO_PASSWORD } });
    expect(signedIn.user.id).toBe(teacher.id);
    expect(await counts()).toEqual(countsAfterFirst);
  });
});

describe("the demo:seed command", () => {
  const run = (env: Record<string, string>) => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "goldmine-seed-")), "app.db");
    const result = spawnSync(process.execPath, ["--import", "tsx", "lib/cli/demo-seed.ts"], {
      env: { ...process.env, DATABASE_URL: `file:${file}`, SESSION_SECRET: "", SITE_URL: "", ...env },
      encoding: "utf8",
    });
    return { ...result, file };
  };

  it.each([
    ["NODE_ENV", "production"],
    ["GOLDMINE_MODE", "production"],
  ])("refuses with %s=%s, says why, and touches no database", (name, value) => {
    const { status, stderr, file } = run({ [name]: value });
    expect(status).toBe(1);
    expect(stderr).toContain(`refused: ${name}=${value}`);
    expect(stderr).toContain("published password");
    expect(existsSync(file)).toBe(false);
  });
});
