import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { buildSnapshot } from "@/lib/cli/build-snapshot";
import { contentRootWith } from "../helpers/content-fixtures";
import { createTempDatabase } from "../helpers/temp-db";
import { createViewer } from "../helpers/viewers";

/**
 * The "Assign quiz" server action end to end against a real database: whatever the browser sends (an empty date,
 * an unknown time zone), the instructor gets a typed failure naming the field, never a thrown error (a 500).
 */
const env = vi.hoisted(() => ({ db: undefined as unknown as PrismaClient, viewer: undefined as Viewer | undefined }));

vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, has: () => false, set: () => undefined, delete: () => undefined }),
  headers: async () => new Headers({ host: "localhost:3000", origin: "http://localhost:3000" }),
}));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en", getTranslations: async () => (k: string) => k }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/lib/db/client", () => ({
  get prisma() {
    return env.db;
  },
}));
// Who is signed in is this test's choice; the guards (instructor or not) run as written.
vi.mock("@/lib/session/viewer", async () => {
  const { profileForUser } = await import("@/lib/auth/user-profile");
  const withProfile = async () =>
    env.viewer && { viewer: env.viewer, profile: await profileForUser(env.db, env.viewer.userId) };
  return { currentViewerWithProfile: withProfile, currentViewer: async () => env.viewer };
});

const { root, publicDir } = contentRootWith();
const snapshotFile = path.join(mkdtempSync(path.join(tmpdir(), "goldmine-snapshot-")), "content.json");
await buildSnapshot({ dir: root, publicDir, out: snapshotFile });
process.env.CONTENT_SNAPSHOT = snapshotFile;
const { db } = await createTempDatabase();
env.db = db;
afterAll(() => db.$disconnect());

const { assignQuiz } = await import("@/lib/actions/assign-quiz");
const { createClass } = await import("@/lib/classes/create-class");

let classId: string;
const input = (over: Record<string, unknown> = {}) =>
  ({
    classId,
    source: { kind: "set", slug: "demo" },
    opensAt: "2026-11-22T10:00",
    dueAt: "2026-11-29T10:00",
    timeZone: "Europe/Berlin",
    feedback: "immediate",
    ...over,
  }) as Parameters<typeof assignQuiz>[0];

beforeEach(async () => {
  env.viewer = await createViewer(db, "instructor", "Ms Teacher");
  ({ classId } = await createClass(db, env.viewer, { name: "Evening class" }, new Date()));
});

describe("the assign-quiz action", () => {
  it("answers an unknown time zone with a typed field error, not a thrown RangeError, and assigns nothing", async () => {
    for (const timeZone of ["Mars/Base", "Europe/Nowhere", ""]) {
      const result = await assignQuiz(input({ timeZone }));
      expect(result).toMatchObject({ ok: false, error: { code: "invalid-input" } });
      expect(!result.ok && result.error.fields).toEqual({
        timeZone: "must be an IANA time zone such as Europe/Berlin or Asia/Shanghai",
      });
    }
    expect(await db.assignment.count({ where: { classId } })).toBe(0);
  });

  it("answers empty and impossible dates, and a due date before the opening, with field errors", async () => {
    const empty = await assignQuiz(input({ opensAt: "", dueAt: "" }));
    expect(!empty.ok && empty.error.fields).toEqual({
      opensAt: "must be a date and time",
      dueAt: "must be a date and time",
    });
    const impossible = await assignQuiz(input({ opensAt: "2026-02-30T09:00", timeZone: "Mars/Base" }));
    expect(!impossible.ok && Object.keys(impossible.error.fields ?? {}).sort()).toEqual(["opensAt", "timeZone"]);
    const early = await assignQuiz(input({ dueAt: "2026-11-21T10:00" }));
    expect(!early.ok && early.error.fields).toEqual({ dueAt: "must be after the opening time" });
    expect(await db.assignment.count({ where: { classId } })).toBe(0);
  });

  it("assigns with valid values, the times read in the instructor's zone", async () => {
    const result = await assignQuiz(input());
    expect(result.ok).toBe(true);
    const stored = await db.assignment.findFirstOrThrow({ where: { classId } });
    expect(stored.opensAt.toISOString()).toBe("2026-11-22T09:00:00.000Z");
    expect(stored.dueAt.toISOString()).toBe("2026-11-29T09:00:00.000Z");
  });

  it("refuses a candidate with a typed failure", async () => {
    env.viewer = await createViewer(db, "candidate");
    const result = await assignQuiz(input({ timeZone: "Mars/Base" }));
    expect(result.ok).toBe(false);
    const valid = await assignQuiz(input());
    expect(valid).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });
});
