import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { PrismaClient } from "@prisma/client";
import { parseArgs } from "../../lib/cli/args";
import type { Question } from "../../lib/content/schemas/question";
import { loadDashboard } from "../../lib/stats/load-dashboard";
import { connectDatabase } from "../../lib/db/connect";
import { prepareDatabase } from "../../lib/cli/prepare-database";
import { writeResult } from "./lib/results";

/**
 * `npm run bench:dashboard -- --reviews 100000 --cards 5000 --runs 20`: one learner with N reviews spread over the
 * past year, M cards and some finished quizzes in a real SQLite file; times the dashboard's whole server-side
 * computation (the function the page calls) and prints the median and 95th percentile.
 */
const { values } = parseArgs(process.argv.slice(2), { values: ["reviews", "cards", "runs"] });
const REVIEWS = Number(values.reviews ?? 100_000);
const CARDS = Number(values.cards ?? 5000);
const RUNS = Number(values.runs ?? 20);
const TOPICS = 12;
const NOW = new Date("2026-11-22T15:00:00Z");
const DAY = 86_400_000;
const settings = { dailyNewLimit: 20, timeZone: "America/New_York" };

// A fixed pseudo-random sequence: every run of the benchmark measures the same data.
let seed = 42;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const pick = (n: number) => Math.floor(random() * n);

const question = (i: number): Question => ({
  id: `q-${i}`,
  type: "open",
  difficulty: "easy",
  tags: [],
  draft: false,
  retired: false,
  topic: `t${i % TOPICS}`,
  bank: `t${i % TOPICS}/b`,
  langs: {
    en: {
      title: `Question ${i}`,
      promptHtml: "",
      text: "",
      promptText: "",
      searchText: { prompt: "", answer: "" },
      hash: `h${i}`,
      features: { math: false, code: false, mermaid: false },
      source: { file: "f", line: 1 },
    },
  },
});
const questions = Array.from({ length: CARDS + 500 }, (_, i) => question(i)); // 500 never studied: new cards
const library = {
  topics: Array.from({ length: TOPICS }, (_, t) => ({
    id: `t${t}`,
    order: t,
    name: { zh: `t${t}`, en: `t${t}` },
    description: { zh: "", en: "" },
    volatile: false,
  })),
  banks: Array.from({ length: TOPICS }, (_, t) => ({
    key: `t${t}/b`,
    topic: `t${t}`,
    slug: "b",
    title: {},
    description: {},
    tags: [],
    questionIds: questions.filter((q) => q.topic === `t${t}`).map((q) => q.id),
  })),
  questions,
  articles: [],
};

async function seedLearner(db: PrismaClient, profileId: string) {
  await db.profile.create({ data: { id: profileId, timeZone: settings.timeZone } });
  const common = { profileId, difficulty: 5, elapsedDays: 3, learningSteps: 0, contentHash: "h", contentLang: "en" };
  for (let from = 0; from < CARDS; from += 1000) {
    await db.card.createMany({
      data: Array.from({ length: Math.min(1000, CARDS - from) }, (_, k) => ({
        ...common,
        questionId: `q-${from + k}`,
        clozeIndex: 0,
        due: new Date(NOW.getTime() + (pick(90) - 15) * DAY),
        stability: random() * 100,
        scheduledDays: pick(60),
        reps: 1 + pick(20),
        lapses: pick(4),
        state: pick(10) ? 2 : 3,
        lastReview: new Date(NOW.getTime() - pick(60) * DAY),
      })),
    });
  }
  // Reviews are appended as they happen, so rows sit in time order as in a real database.
  const times = Array.from({ length: REVIEWS }, () => NOW.getTime() - random() * 365 * DAY).sort((a, b) => a - b);
  const undone: string[] = [];
  for (let from = 0; from < REVIEWS; from += 5000) {
    await db.review.createMany({
      data: Array.from({ length: Math.min(5000, REVIEWS - from) }, (_, k) => {
        const id = `r-${from + k}`;
        if (!pick(50)) undone.push(id);
        const reviewedAt = new Date(times[from + k]!);
        return {
          ...common,
          id,
          questionId: `q-${pick(CARDS)}`,
          clozeIndex: 0,
          rating: [1, 2, 3, 3, 3, 4][pick(6)]!,
          reviewedAt,
          state: pick(4),
          due: reviewedAt,
          dueBefore: reviewedAt,
          stability: random() * 100,
          lastElapsedDays: 3,
          scheduledDays: pick(60),
        };
      }),
    });
  }
  await db.reviewUndo.createMany({ data: undone.map((reviewId) => ({ id: `u-${reviewId}`, reviewId })) });
  for (let a = 0; a < 30; a++) {
    const ids = Array.from({ length: 10 }, (_, k) => `q-${a * 10 + k}`);
    await db.quizAttempt.create({
      data: {
        id: `attempt-${a}`,
        profileId,
        title: JSON.stringify({ zh: "测验", en: "Quiz" }),
        mode: "exam",
        questionIds: JSON.stringify(ids),
        passPercent: 60,
        finishedAt: new Date(NOW.getTime() - a * DAY),
        answers: {
          create: ids.map((questionId, k) => ({
            id: `ans-${a}-${k}`,
            questionId,
            response: "{}",
            score: pick(2),
            contentHash: "h",
            contentLang: "en",
          })),
        },
      },
    });
  }
  return undone.length;
}

const root = mkdtempSync(path.join(tmpdir(), "goldmine-dashboard-bench-"));
try {
  const file = path.join(root, "bench.db");
  await prepareDatabase({ provider: "sqlite", file });
  const db = connectDatabase({ provider: "sqlite", file });
  const profileId = "00000000-0000-4000-8000-000000000001";
  const seeding = performance.now();
  const undone = await seedLearner(db, profileId);
  console.log(
    `dashboard bench: ${REVIEWS} reviews (${undone} undone) over a year, ${CARDS} cards, 30 finished quizzes; seeded in ${((performance.now() - seeding) / 1000).toFixed(1)} s`,
  );
  await loadDashboard(db, profileId, settings, library, NOW); // warm-up: prepared statements, JIT
  const timings: number[] = [];
  let result;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    result = await loadDashboard(db, profileId, settings, library, NOW);
    timings.push(performance.now() - t0);
  }
  timings.sort((a, b) => a - b);
  const pct = (p: number) => timings[Math.min(timings.length - 1, Math.floor(p * timings.length))]!.toFixed(1);
  const total = result!.heatmap.reduce((s, d) => s + d.count, 0);
  console.log(
    `  ${RUNS} runs of the full dashboard computation: median ${pct(0.5)} ms, p95 ${pct(0.95)} ms, max ${timings.at(-1)!.toFixed(1)} ms`,
  );
  console.log(`  (sanity: ${total} reviews in the heatmap, streak ${result!.streak}, ${result!.dueToday} due today)`);
  writeResult("dashboard", {
    reviews: REVIEWS,
    cards: CARDS,
    runs: RUNS,
    medianMs: Number(pct(0.5)),
    p95Ms: Number(pct(0.95)),
    maxMs: Number(timings.at(-1)!.toFixed(1)),
  });
  await db.$disconnect();
} finally {
  rmSync(root, { recursive: true, force: true });
}
