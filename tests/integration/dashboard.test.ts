import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Question } from "@/lib/content/schemas/question";
import { loadDashboard } from "@/lib/stats/load-dashboard";
import { createTempDatabase } from "../helpers/temp-db";

// A learner in Shanghai (UTC+8) at 10:00 local on Wednesday 25 Nov 2026; the study day began at 04:00 local (20:00 UTC the day before).
const NOW = new Date("2026-11-25T02:00:00Z");
const settings = { dailyNewLimit: 20, timeZone: "Asia/Shanghai" };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const content = (id: string, clozes?: { index: number; answers: string[] }[]) => ({
  title: `Title ${id}`,
  promptHtml: "<p>p</p>",
  text: "t",
  promptText: "t",
  searchText: { prompt: "", answer: "" },
  hash: `${id}-hash`,
  clozes,
  features: { math: false, code: false, mermaid: false },
  source: { file: "f.md", line: 1 },
});
const question = (id: string, topic: string, extra: Partial<Question> = {}): Question => ({
  id,
  type: "open",
  difficulty: "easy",
  tags: [],
  draft: false,
  retired: false,
  topic,
  bank: `${topic}/b`,
  langs: { en: content(id) },
  ...extra,
});
const cloze = question("q4", "t2", {
  type: "cloze",
  langs: {
    en: content("q4", [
      { index: 1, answers: ["a"] },
      { index: 2, answers: ["b"] },
    ]),
  },
});
const questions = [
  question("q1", "t1"),
  question("q2", "t1"),
  question("q3", "t1"),
  cloze,
  question("q6", "t1", { draft: true }),
];
const bank = (topic: string, ids: string[]) => ({
  key: `${topic}/b`,
  topic,
  slug: "b",
  title: {},
  description: {},
  tags: [],
  questionIds: ids,
});
const library = {
  topics: ["t1", "t2"].map((id, order) => ({
    id,
    order,
    name: { zh: id, en: id },
    description: { zh: "", en: "" },
    volatile: false,
  })),
  banks: [bank("t1", ["q1", "q2", "q3", "q6"]), bank("t2", ["q4"])],
  questions,
  articles: [],
};

const me = "00000000-0000-4000-8000-000000000001";
let db: PrismaClient;

const card = (questionId: string, clozeIndex: number, due: Date, stability: number, lapses: number, reps: number) => ({
  profileId: me,
  questionId,
  clozeIndex,
  due,
  stability,
  difficulty: 5,
  elapsedDays: 0,
  scheduledDays: 0,
  learningSteps: 0,
  reps,
  lapses,
  state: 2,
  lastReview: new Date(NOW.getTime() - 10 * DAY),
  contentHash: "h",
  contentLang: "en",
});
const review = (
  id: string,
  questionId: string,
  reviewedAt: Date,
  rating: number,
  state: number,
  scheduledDays: number,
) => ({
  id,
  profileId: me,
  questionId,
  clozeIndex: 0,
  rating,
  reviewedAt,
  contentHash: "h",
  contentLang: "en",
  state,
  due: reviewedAt,
  dueBefore: reviewedAt,
  stability: 10,
  difficulty: 5,
  elapsedDays: 0,
  lastElapsedDays: 0,
  scheduledDays,
  learningSteps: 0,
});

beforeAll(async () => {
  ({ db } = await createTempDatabase());
  await db.profile.create({ data: { id: me, timeZone: settings.timeZone } });
  await db.card.createMany({
    data: [
      card("q1", 0, new Date(NOW.getTime() - HOUR), 30, 2, 5), // overdue
      card("q2", 0, new Date(NOW.getTime() + DAY), 21, 0, 3), // tomorrow; exactly 21 days: mastered
      card("q3", 0, new Date(NOW.getTime() + 5 * DAY), 20.9, 2, 4),
      card("q4", 1, new Date(NOW.getTime() + 40 * DAY), 50, 0, 2),
      card("q6", 0, new Date(NOW.getTime() - HOUR), 1, 9, 9), // a draft: not on the dashboard
    ],
  });
  await db.review.createMany({
    data: [
      review("today-mature-good", "q2", new Date("2026-11-24T20:30:00Z"), 3, 2, 21), // 04:30 local: today
      review("today-young-again", "q3", new Date("2026-11-24T21:00:00Z"), 1, 2, 20),
      review("today-at-rollover", "q4", new Date("2026-11-24T20:00:00Z"), 3, 0, 0), // 04:00:00.000 local: the first instant of today
      review("yesterday-mature-again", "q1", new Date("2026-11-24T19:30:00Z"), 1, 2, 30), // 03:30 local: still yesterday's study day
      review("mon-learning-again", "q3", new Date("2026-11-23T03:00:00Z"), 1, 1, 30),
      review("sat-mature-easy", "q2", new Date("2026-11-21T03:00:00Z"), 4, 2, 25), // the week before; Sunday 22nd has nothing
      review("today-undone", "q2", new Date("2026-11-24T22:00:00Z"), 1, 2, 40),
    ],
  });
  await db.reviewUndo.create({ data: { id: "undo-1", reviewId: "today-undone" } });
  const attempt = (id: string, finishedAt: Date | null) => ({
    id,
    profileId: me,
    quizSlug: "s",
    title: JSON.stringify({ zh: "测验", en: "Quiz" }),
    mode: "exam",
    questionIds: JSON.stringify(["q1", "q2"]),
    passPercent: 60,
    finishedAt,
  });
  await db.quizAttempt.createMany({ data: [attempt("done", new Date(NOW.getTime() - DAY)), attempt("open", null)] });
  await db.quizAnswer.createMany({
    data: [
      { id: "a1", attemptId: "done", questionId: "q1", response: "{}", score: 1, contentHash: "h", contentLang: "en" },
      { id: "a2", attemptId: "done", questionId: "q2", response: "{}", score: 0, contentHash: "h", contentLang: "en" },
    ],
  });
});
afterAll(() => db.$disconnect());

describe("the dashboard after a scripted review history", () => {
  it("counts due cards like the review page, and forecasts the scheduled ones", async () => {
    const d = await loadDashboard(db, me, settings, library, NOW);
    expect(d.dueToday).toBe(2); // q1 overdue + the one new cloze blank still allowed today
    expect(d.dueTomorrow).toBe(2); // q1 and q2 (scheduled only)
    expect(d.forecast).toHaveLength(30);
    expect(d.forecast.slice(0, 6).map((f) => f.count)).toEqual([1, 1, 0, 0, 0, 1]);
    expect(d.forecast[0]!.date).toBe("2026-11-25");
    expect(d.forecast.reduce((s, f) => s + f.count, 0)).toBe(3);
  });

  it("counts reviews per study day from 04:00 local, without undone ones, and the streak across a gap", async () => {
    const d = await loadDashboard(db, me, settings, library, NOW);
    expect(d.heatmap).toHaveLength(365);
    expect(d.heatmap.slice(-5).map((h) => [h.date, h.count])).toEqual([
      ["2026-11-21", 1],
      ["2026-11-22", 0],
      ["2026-11-23", 1],
      ["2026-11-24", 1],
      ["2026-11-25", 3],
    ]);
    expect(d.reviewsToday).toBe(3);
    expect(d.streak).toBe(3);
  });

  it("measures true retention on mature reviews only, per week from Monday", async () => {
    const d = await loadDashboard(db, me, settings, library, NOW);
    expect(d.retention).toHaveLength(12);
    expect(d.retention.at(-1)).toEqual({ weekStart: "2026-11-23", mature: 2, recalled: 1, rate: 0.5 });
    expect(d.retention.at(-2)).toEqual({ weekStart: "2026-11-16", mature: 1, recalled: 1, rate: 1 });
    expect(d.retentionOverall).toBeCloseTo(2 / 3);
  });

  it("shows mastery per topic, the weakest questions and finished quizzes", async () => {
    const d = await loadDashboard(db, me, settings, library, NOW);
    expect(d.mastery).toEqual([
      { topicId: "t1", cards: 3, mastered: 2, share: 2 / 3 },
      { topicId: "t2", cards: 2, mastered: 1, share: 0.5 },
    ]);
    expect(d.weakest.map((w) => w.questionId)).toEqual(["q3", "q1", "q2", "q4"]);
    expect(d.weakest[0]!.lastAgain).toEqual(new Date("2026-11-24T21:00:00Z"));
    expect(d.weakest.find((w) => w.questionId === "q2")!.lastAgain).toBeNull(); // its only Again was undone
    expect(d.quizzes).toEqual([
      {
        attemptId: "done",
        title: { zh: "测验", en: "Quiz" },
        finishedAt: new Date(NOW.getTime() - DAY),
        scorePercent: 50,
        passed: false,
      },
    ]);
  });

  it("dates a question's last lapse only from an Again on a learned card, as its lapse count counts them", async () => {
    // A new learner rates a card Again while learning it: no lapse, so "Lapses 0" never sits beside a date.
    const learner = "learner-lapses";
    await db.profile.create({ data: { id: learner, timeZone: settings.timeZone } });
    await db.card.createMany({
      data: [
        { ...card("q1", 0, new Date(NOW.getTime() + DAY), 2, 0, 2), profileId: learner },
        { ...card("q3", 0, new Date(NOW.getTime() + DAY), 3, 1, 5), profileId: learner },
      ],
    });
    const learning = 1;
    const learned = 2;
    await db.review.createMany({
      data: [
        { ...review("l-q1-learning-again", "q1", new Date(NOW.getTime() - HOUR), 1, learning, 0), profileId: learner },
        { ...review("l-q3-learning-again", "q3", new Date(NOW.getTime() - HOUR), 1, learning, 0), profileId: learner },
        { ...review("l-q3-lapse", "q3", new Date(NOW.getTime() - 3 * DAY), 1, learned, 4), profileId: learner },
      ],
    });
    const { weakest } = await loadDashboard(db, learner, settings, library, NOW);
    expect(weakest.map((w) => [w.questionId, w.lapses, w.lastAgain])).toEqual([
      ["q3", 1, new Date(NOW.getTime() - 3 * DAY)],
      ["q1", 0, null],
    ]);
  });

  it("gives a visitor without a profile zeros and today's new cards", async () => {
    const d = await loadDashboard(db, undefined, settings, library, NOW);
    expect(d).toMatchObject({
      dueToday: 4,
      dueTomorrow: 0,
      reviewsToday: 0,
      streak: 0,
      retentionOverall: null,
      weakest: [],
      quizzes: [],
    });
    expect(d.heatmap.every((h) => h.count === 0)).toBe(true);
  });
});
