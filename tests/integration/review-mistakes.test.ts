import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Question } from "@/lib/content/schemas/question";
import { LearnerSettingsSchema } from "@/lib/preferences/study-settings";
import { applySyncBatch } from "@/lib/review/apply-sync-batch";
import { loadReviewState } from "@/lib/review/review-state";
import type { GradeValue } from "@/lib/review/scheduler";
import type { ReviewEvent, SyncEvent } from "@/lib/review/sync-protocol";
import { fixtureQuestion } from "../helpers/question-fixture";
import { createTempDatabase } from "../helpers/temp-db";

/**
 * The "my mistakes" part of `GET /api/review/state`, on a real database (SQLite, and PostgreSQL with
 * TEST_POSTGRES_URL): the learner's own Again ratings before today and quiz answers that did not get full credit.
 */
const QUESTIONS = new Map(
  ["q1", "q2", "q3", "q4", "q5", "q6", "q7"].map((id) => [id, fixtureQuestion(id, "open", { zh: true }) as Question]),
);
const NOW = new Date("2026-12-07T12:00:00Z");
const daysAgo = (days: number, hours = 0) => new Date(NOW.getTime() - days * 86_400_000 - hours * 3_600_000);
const settings = LearnerSettingsSchema.parse({ timeZone: "UTC" });

let db: PrismaClient;
let serial = 0;
let me: string;
let other: string;
const uuid = () => `00000000-0000-4000-8000-${String(++serial).padStart(12, "0")}`;
beforeAll(async () => ({ db } = await createTempDatabase()));
afterAll(() => db.$disconnect());
beforeEach(async () => {
  me = `profile-${++serial}`;
  other = `profile-${++serial}`;
  await db.profile.createMany({ data: [{ id: me }, { id: other }] });
});

const review = (questionId: string, rating: GradeValue, when: Date): ReviewEvent => ({
  kind: "review",
  id: uuid(),
  questionId,
  clozeIndex: 0,
  rating,
  reviewedAt: when.toISOString(),
  lang: "en",
});
const sync = (profileId: string, events: SyncEvent[], now = NOW) =>
  applySyncBatch(db, { profileId, events, questionOf: (id) => QUESTIONS.get(id), desiredRetention: 0.9, now });

type Answer = { questionId: string; score: number | null; selfGrade?: string; at: Date };
async function attempt(
  profileId: string,
  answers: Answer[],
  extra: { mode?: string; finishedAt?: Date | null; assignmentId?: string } = {},
) {
  const id = uuid();
  await db.quizAttempt.create({
    data: {
      id,
      profileId,
      title: JSON.stringify({ en: "Quiz", zh: "测验" }),
      mode: extra.mode ?? "practice",
      questionIds: JSON.stringify([...new Set(answers.map((a) => a.questionId))]),
      finishedAt: extra.finishedAt === undefined ? daysAgo(0, 1) : extra.finishedAt,
      assignmentId: extra.assignmentId,
    },
  });
  for (const a of answers)
    await db.quizAnswer.create({
      data: {
        id: uuid(),
        attemptId: id,
        questionId: a.questionId,
        response: "{}",
        score: a.score,
        selfGrade: a.selfGrade ?? null,
        contentHash: "h",
        contentLang: "en",
        answeredAt: a.at,
      },
    });
  return id;
}

const mistakesOf = async (profileId: string) =>
  ((await loadReviewState(db, profileId, settings, NOW)).mistakes ?? []).sort((a, b) =>
    `${a.kind}${a.questionId}`.localeCompare(`${b.kind}${b.questionId}`),
  );

describe("the mistakes in the review state download", () => {
  it("lists the learner's Again ratings before today within the window, not undone ones nor other learners'", async () => {
    const lastAgain = review("q1", 1, daysAgo(2));
    const undone = review("q2", 1, daysAgo(1));
    await sync(me, [review("q1", 1, daysAgo(5)), lastAgain], daysAgo(2));
    const takeBack: SyncEvent = { kind: "undo", id: uuid(), reviewId: undone.id, at: daysAgo(1).toISOString() };
    await sync(me, [undone, takeBack], daysAgo(1));
    await sync(me, [review("q3", 1, daysAgo(20)), review("q4", 3, daysAgo(3))], daysAgo(3));
    // Today's Again is in the download's `today` list, where the device applies its own undos on top.
    await sync(me, [review("q5", 1, daysAgo(0, 1))]);
    await sync(other, [review("q6", 1, daysAgo(1))], daysAgo(1));
    expect(await mistakesOf(me)).toEqual([
      { kind: "again", questionId: "q1", clozeIndex: 0, at: lastAgain.reviewedAt },
    ]);
    expect((await mistakesOf(other)).map((m) => m.questionId)).toEqual(["q6"]);
  });

  it("lists quiz questions whose counting answer got less than full credit: never right ones, nor other learners'", async () => {
    await attempt(me, [
      { questionId: "q1", score: 0, at: daysAgo(1) },
      // A partly right answer (a cloze with one blank of two) and an open answer graded "partly" by the learner.
      { questionId: "q2", score: 0.5, at: daysAgo(1) },
      { questionId: "q3", score: 0.5, selfGrade: "partial", at: daysAgo(1) },
      { questionId: "q4", score: 1, at: daysAgo(1) },
      // Answered wrong, then right: the newest row of the attempt counts.
      { questionId: "q5", score: 0, at: daysAgo(1, 2) },
      { questionId: "q5", score: 1, at: daysAgo(1, 1) },
      // Outside the window.
      { questionId: "q6", score: 0, at: daysAgo(15) },
    ]);
    await attempt(other, [{ questionId: "q7", score: 0, at: daysAgo(1) }]);
    expect(await mistakesOf(me)).toEqual(
      ["q1", "q2", "q3"].map((questionId) => ({
        kind: "quiz",
        questionId,
        clozeIndex: 0,
        at: daysAgo(1).toISOString(),
      })),
    );
  });

  it("keeps the verdicts an exam under way or an assignment before its due date holds back", async () => {
    await attempt(me, [{ questionId: "q1", score: 0, at: daysAgo(0, 2) }], { mode: "exam", finishedAt: null });
    await attempt(me, [{ questionId: "q2", score: 0, at: daysAgo(0, 2) }], { mode: "exam" });
    const owner = await db.user.create({ data: { id: uuid(), name: "T", email: `t${serial}@example.com` } });
    const [classId, dueLater, duePast] = [`class-${serial}`, `due-later-${serial}`, `due-past-${serial}`];
    await db.classroom.create({ data: { id: classId, name: "C", ownerId: owner.id, joinCode: `J${serial}` } });
    const assignment = (id: string, dueAt: Date) =>
      db.assignment.create({
        data: {
          id,
          classId,
          title: "{}",
          source: "{}",
          questionIds: "[]",
          opensAt: daysAgo(3),
          dueAt,
          feedback: "after-due",
        },
      });
    await assignment(dueLater, daysAgo(-1));
    await assignment(duePast, daysAgo(0, 1));
    await attempt(me, [{ questionId: "q3", score: 0, at: daysAgo(1) }], { assignmentId: dueLater });
    const graded = await attempt(
      me,
      [
        { questionId: "q4", score: 0, at: daysAgo(1) },
        // In a class the learner's own grade is a note without a score; "wrong" still counts as their mistake.
        { questionId: "q5", score: null, selfGrade: "wrong", at: daysAgo(1) },
        // The instructor gave full credit to an answer the learner thought wrong: no mistake.
        { questionId: "q6", score: null, selfGrade: "wrong", at: daysAgo(1) },
      ],
      { assignmentId: duePast },
    );
    await db.gradeOverride.create({
      data: { attemptId: graded, questionId: "q6", score: 1, comment: "", byUserId: owner.id },
    });
    expect((await mistakesOf(me)).map((m) => m.questionId)).toEqual(["q2", "q4", "q5"]);
  });
});
