import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { createClass } from "@/lib/classes/create-class";
import { joinClass, JoinClassInputSchema } from "@/lib/classes/join-class";
import { JOIN_CODE_ALPHABET } from "@/lib/classes/join-code";
import { removeMember } from "@/lib/classes/remove-member";
import { rotateJoinCode } from "@/lib/classes/rotate-join-code";
import { setJoinEnabled } from "@/lib/classes/set-join-enabled";
import {
  classByJoinCode,
  classesIAmIn,
  classesITeach,
  classForMember,
  classForOwner,
} from "@/lib/classes/read-classes";
import { JOIN_CODE_MISSES, joinCodeKeys, limitMisses } from "@/lib/auth/rate-limit";
import { ConflictError, ForbiddenError, NotFoundError, RateLimitedError } from "@/lib/errors";
import { createTempDatabase } from "../helpers/temp-db";
import { createViewer } from "../helpers/viewers";

const NOW = new Date("2026-11-22T10:00:00Z");
let db: PrismaClient;
let teacher: Viewer;
let otherTeacher: Viewer;
let alice: Viewer;
let bob: Viewer;
let classId: string;
let code: string;

beforeAll(async () => {
  ({ db } = await createTempDatabase());
});
afterAll(() => db.$disconnect());
beforeEach(async () => {
  teacher = await createViewer(db, "instructor", "Ms Teacher");
  otherTeacher = await createViewer(db, "instructor");
  alice = await createViewer(db, "candidate", "Alice");
  bob = await createViewer(db, "candidate", "Bob");
  ({ classId, joinCode: code } = await createClass(db, teacher, { name: "ML interviews" }, NOW));
});

describe("creating a class", () => {
  it("gives the owner a class with an 8-character code from the unambiguous alphabet", async () => {
    expect(code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{8}$`));
    expect(code).not.toMatch(/[01OI]/);
    expect(await classesITeach(db, teacher)).toEqual([
      expect.objectContaining({ id: classId, name: "ML interviews", joinEnabled: true, members: 0 }),
    ]);
    expect(await classesITeach(db, otherTeacher)).toEqual([]);
  });

  it("is refused to a candidate, and nothing is written", async () => {
    const before = await db.classroom.count();
    await expect(createClass(db, alice, { name: "Mine" }, NOW)).rejects.toThrow(ForbiddenError);
    expect(await db.classroom.count()).toBe(before);
  });
});

describe("joining", () => {
  it("accepts the code in any case with spaces and dashes, and joining twice is one membership", async () => {
    const typed = `${code.slice(0, 4).toLowerCase()}-${code.slice(4)} `;
    const first = await joinClass(db, alice, JoinClassInputSchema.parse({ code: typed }), NOW, []);
    const again = await joinClass(db, alice, JoinClassInputSchema.parse({ code }), NOW, []);
    expect(first).toEqual({ classId, alreadyMember: false });
    expect(again).toEqual({ classId, alreadyMember: true });
    expect(await db.membership.count({ where: { classId } })).toBe(1);
    expect(await classesIAmIn(db, alice)).toEqual([
      expect.objectContaining({ id: classId, name: "ML interviews", instructor: "Ms Teacher" }),
    ]);
  });

  it("says an unknown code is not found, and refuses a disabled class without adding the member", async () => {
    await expect(joinClass(db, alice, { code: "ZZZZZZZZ" }, NOW, [])).rejects.toMatchObject({ what: "join-code" });
    await setJoinEnabled(db, teacher, { classId, enabled: false });
    await expect(joinClass(db, alice, { code }, NOW, [])).rejects.toThrow(ConflictError);
    await expect(joinClass(db, alice, { code }, NOW, [])).rejects.toMatchObject({ reason: "join-disabled" });
    expect(await db.membership.count({ where: { classId } })).toBe(0);
    await setJoinEnabled(db, teacher, { classId, enabled: true });
    await joinClass(db, alice, { code }, NOW, []);
    expect(await db.membership.count({ where: { classId } })).toBe(1);
  });

  it("does not make the owner a member of their own class, but another instructor may join", async () => {
    expect(await joinClass(db, teacher, { code }, NOW, [])).toEqual({ classId, alreadyMember: true });
    await joinClass(db, otherTeacher, { code }, NOW, []);
    expect((await db.membership.findMany({ where: { classId } })).map((m) => m.userId)).toEqual([otherTeacher.userId]);
  });

  it("stops the old code working once the owner rotates it", async () => {
    const { joinCode } = await rotateJoinCode(db, teacher, { classId });
    expect(joinCode).not.toBe(code);
    await expect(joinClass(db, alice, { code }, NOW, [])).rejects.toThrow(NotFoundError);
    expect(await joinClass(db, alice, { code: joinCode }, NOW, [])).toMatchObject({ classId });
    expect(await classByJoinCode(db, joinCode.toLowerCase())).toMatchObject({
      id: classId,
      name: "ML interviews",
      instructor: "Ms Teacher",
    });
  });
});

describe("who can see and change a class", () => {
  beforeEach(async () => {
    await joinClass(db, alice, { code }, NOW, []);
  });

  it("shows the owner the roster with names, emails and join times", async () => {
    const view = await classForOwner(db, teacher, classId);
    expect(view).toMatchObject({ name: "ML interviews", joinCode: code, joinEnabled: true });
    expect(view.roster).toEqual([{ userId: alice.userId, name: "Alice", email: alice.email, joinedAt: NOW }]);
  });

  it("gives another instructor 'not found' for reading, rotating, disabling and removing, and changes nothing", async () => {
    await expect(classForOwner(db, otherTeacher, classId)).rejects.toMatchObject({ what: "class" });
    await expect(rotateJoinCode(db, otherTeacher, { classId })).rejects.toThrow(NotFoundError);
    await expect(setJoinEnabled(db, otherTeacher, { classId, enabled: false })).rejects.toThrow(NotFoundError);
    await expect(removeMember(db, otherTeacher, { classId, userId: alice.userId }, NOW)).rejects.toThrow(NotFoundError);
    expect(await db.classroom.findUnique({ where: { id: classId } })).toMatchObject({
      joinCode: code,
      joinEnabled: true,
    });
    expect(await db.membership.count({ where: { classId } })).toBe(1);
  });

  it("treats a guessed class id exactly like someone else's class", async () => {
    const guessed = classForOwner(db, teacher, "no-such-class");
    await expect(guessed).rejects.toThrow(NotFoundError);
    await expect(classForMember(db, alice, "no-such-class")).rejects.toMatchObject({
      what: "class",
      id: "no-such-class",
    });
  });

  it("lets a member see the class and its instructor, but not a non-member nor a member's roster", async () => {
    expect(await classForMember(db, alice, classId)).toEqual({
      id: classId,
      name: "ML interviews",
      instructor: "Ms Teacher",
    });
    await expect(classForMember(db, bob, classId)).rejects.toThrow(NotFoundError);
    await expect(classForOwner(db, alice, classId)).rejects.toThrow(NotFoundError);
  });

  it("takes access away from a removed member, and removing a non-member is 'not found'", async () => {
    await removeMember(db, teacher, { classId, userId: alice.userId }, NOW);
    await expect(classForMember(db, alice, classId)).rejects.toThrow(NotFoundError);
    expect(await classesIAmIn(db, alice)).toEqual([]);
    await expect(removeMember(db, teacher, { classId, userId: bob.userId }, NOW)).rejects.toMatchObject({
      what: "student",
    });
  });
});

describe("join-code rate limit", () => {
  const later = (sec: number) => new Date(NOW.getTime() + sec * 1000);
  // Well-formed codes no class has: each one is a miss.
  const wrong = (i: number) =>
    `ZZZZZ${JOIN_CODE_ALPHABET[i % JOIN_CODE_ALPHABET.length]}${JOIN_CODE_ALPHABET[Math.floor(i / JOIN_CODE_ALPHABET.length)]}Z`;
  const join = (who: Viewer, typed: string, ip: string, at = NOW) =>
    joinClass(db, who, JoinClassInputSchema.parse({ code: typed }), at, joinCodeKeys(ip, who.userId));
  /** What the join link's page does with a code: the same lookup, counted against the same keys. */
  const preview = (typed: string, ip: string, userId?: string) =>
    limitMisses(db, joinCodeKeys(ip, userId), NOW, "join-code", (tx) => classByJoinCode(tx, typed));

  it("allows 10 wrong codes per account in 10 minutes, then refuses every code, the right one too, until the window ends", async () => {
    expect(JOIN_CODE_MISSES).toEqual({ max: 10, windowSec: 600 });
    for (let i = 0; i < 10; i++)
      await expect(join(alice, wrong(i), `10.1.0.${i}`, later(i))).rejects.toMatchObject({ what: "join-code" });
    const refused = await join(alice, code, "10.1.1.1", later(60)).catch((e) => e);
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect(refused).toMatchObject({ code: "rate-limited", reason: "join-code", retryAfterSec: 600 - 60 });
    expect(await db.membership.count({ where: { classId } })).toBe(0);
    // Another account, from another address, is not held up.
    await expect(join(bob, code, "10.1.1.2", later(61))).resolves.toMatchObject({ alreadyMember: false });
    await expect(join(alice, code, "10.1.1.1", later(601))).resolves.toMatchObject({ alreadyMember: false });
  });

  it("limits one address across accounts and on the join link's page, where it counts anonymous lookups too", async () => {
    const ip = "10.2.0.1";
    for (let i = 0; i < 5; i++) await expect(join(alice, wrong(i), ip)).rejects.toThrow(NotFoundError);
    for (let i = 5; i < 10; i++) expect(await preview(wrong(i), ip)).toBeUndefined();
    await expect(preview(code, ip)).rejects.toBeInstanceOf(RateLimitedError);
    await expect(join(bob, code, ip)).rejects.toMatchObject({ reason: "join-code" });
    await expect(preview(code, "10.2.0.2")).resolves.toMatchObject({ id: classId });
  });

  it("does not count codes that work, so a class joining from one address is never held up", async () => {
    const ip = "10.3.0.1";
    const students = await Promise.all(Array.from({ length: 12 }, (_, i) => createViewer(db, "candidate", `S${i}`)));
    for (const s of students) {
      expect(await preview(code, ip, s.userId)).toMatchObject({ id: classId });
      await expect(join(s, code, ip)).resolves.toMatchObject({ alreadyMember: false });
      await expect(join(s, code, ip)).resolves.toMatchObject({ alreadyMember: true });
    }
    expect(await db.rateLimit.count({ where: { key: { contains: ip } } })).toBe(0);
  });

  it("checks guesses sent at the same moment one after another, so a burst gets no more than the limit", async () => {
    const results = await Promise.allSettled(Array.from({ length: 15 }, (_, i) => join(alice, wrong(i), "10.4.0.1")));
    const reasons = results.map((r) => (r.status === "rejected" ? (r.reason as Error).constructor.name : "joined"));
    expect(reasons.filter((r) => r === "NotFoundError")).toHaveLength(10);
    expect(reasons.filter((r) => r === "RateLimitedError")).toHaveLength(5);
  });
});
