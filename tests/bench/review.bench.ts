import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "../../lib/cli/args";
import type { Question } from "../../lib/content/schemas/question";
import { connectDatabase } from "../../lib/db/connect";
import { prepareDatabase } from "../../lib/cli/prepare-database";
import { buildQueue } from "../../lib/review/queue";
import { cardKeysInScope } from "../../lib/review/scope";
import { loadQueue, loadQueueState } from "../../lib/review/load-queue";
import { recordReview } from "../../lib/review/record-review";
import { fixtureQuestion } from "../helpers/question-fixture";
import { writeResult } from "./lib/results";

/**
 * `npm run bench:review -- --cards 5000 --ratings 500`: one learner with N reviewed cards in a real SQLite file;
 * times what a rating request does on the server (record the rating in its transaction, then build the next
 * queue) and prints the median and 95th percentile. Sequential: this is latency, not throughput under load.
 */
const { values } = parseArgs(process.argv.slice(2), { values: ["cards", "ratings"] });
const CARDS = Number(values.cards ?? 5000);
const RATINGS = Number(values.ratings ?? 500);

const question = (i: number): Question => fixtureQuestion(`q-${i}`);

const root = mkdtempSync(path.join(tmpdir(), "goldmine-review-bench-"));
try {
  const file = path.join(root, "bench.db");
  await prepareDatabase({ provider: "sqlite", file });
  const db = connectDatabase({ provider: "sqlite", file });
  const profileId = "00000000-0000-4000-8000-000000000001";
  await db.profile.create({ data: { id: profileId } });
  const questions = Array.from({ length: CARDS + RATINGS }, (_, i) => question(i));
  const candidates = cardKeysInScope(questions);
  const settings = { dailyNewLimit: 20, timeZone: "UTC" };
  const start = Date.parse("2026-01-01T00:00:00Z");
  for (let i = 0; i < CARDS; i++) {
    await recordReview(
      db,
      profileId,
      questions[i]!,
      { reviewId: crypto.randomUUID(), questionId: `q-${i}`, clozeIndex: 0, rating: 3, lang: "en" },
      0.9,
      new Date(start + i * 1000),
    );
  }
  const now = Date.parse("2026-03-01T00:00:00Z");
  const timings: number[] = [];
  for (let i = 0; i < RATINGS; i++) {
    const q = questions[CARDS + i]!;
    const t0 = performance.now();
    await recordReview(
      db,
      profileId,
      q,
      { reviewId: crypto.randomUUID(), questionId: q.id, clozeIndex: 0, rating: 3, lang: "en" },
      0.9,
      new Date(now + i * 1000),
    );
    await loadQueue(db, profileId, candidates, settings, new Date(now + i * 1000));
    timings.push(performance.now() - t0);
  }
  const state = await loadQueueState(db, profileId, settings, new Date(now));
  const t1 = performance.now();
  buildQueue({ ...state, candidates });
  const pure = performance.now() - t1;
  timings.sort((a, b) => a - b);
  const pct = (p: number) => timings[Math.min(timings.length - 1, Math.floor(p * timings.length))]!.toFixed(1);
  console.log(`review bench: ${CARDS} cards already reviewed, ${RATINGS} ratings timed (record + next queue)`);
  console.log(
    `  median ${pct(0.5)} ms, p95 ${pct(0.95)} ms, max ${timings.at(-1)!.toFixed(1)} ms; queue build alone ${pure.toFixed(1)} ms`,
  );
  writeResult("review", {
    cards: CARDS,
    ratings: RATINGS,
    medianMs: Number(pct(0.5)),
    p95Ms: Number(pct(0.95)),
    maxMs: Number(timings.at(-1)!.toFixed(1)),
    queueBuildMs: Number(pure.toFixed(1)),
  });
  await db.$disconnect();
} finally {
  rmSync(root, { recursive: true, force: true });
}
