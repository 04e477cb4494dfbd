import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "../../lib/cli/args";
import { prepareDatabase } from "../../lib/cli/prepare-database";
import { connectDatabase } from "../../lib/db/connect";
import { applySyncBatch } from "../../lib/review/apply-sync-batch";
import { cardKeysOf } from "../../lib/review/card-keys";
import { snapshot } from "../e2e/content-lookup";
import { writeResult } from "./lib/results";
import { randomOf, reviewEvent } from "./load/sync-client";

/**
 * `npm run bench:sync [-- --reviews 6000 --learners 50]`: the sync service alone (lib/review/apply-sync-batch.ts),
 * in this process on a fresh SQLite file, without HTTP or Next: reviews stored per second and CPU per review, with
 * batches as the browser sends them (5–10 ratings) and one rating per call, for learners taking turns. What the
 * server adds on top of this per request is `npm run bench:load`'s figure minus this one.
 */
const { values } = parseArgs(process.argv.slice(2), { values: ["reviews", "learners"] });
const REVIEWS = Number(values.reviews ?? 6000);
const LEARNERS = Number(values.learners ?? 50);

const dir = mkdtempSync(path.join(tmpdir(), "goldmine-sync-bench-"));
const database = { provider: "sqlite" as const, file: path.join(dir, "app.db") };
await prepareDatabase(database);
const db = connectDatabase(database);
const questions = new Map(
  snapshot()
    .questions.filter((q) => !q.draft && !q.retired)
    .map((q) => [q.id, q]),
);
const cards = [...questions.values()].flatMap(cardKeysOf);
const learners = Array.from({ length: LEARNERS }, (_, i) => `bench-learner-${i}`);
for (const id of learners) await db.profile.create({ data: { id } });

let clock = Date.now() - 24 * 3_600_000;
const figures: Record<string, { reviewsPerSecond: number; cpuMsPerReview: number; calls: number }> = {};
try {
  for (const [mode, min, max] of [
    ["batch", 5, 10],
    ["single", 1, 1],
  ] as const) {
    let stored = 0;
    let calls = 0;
    const started = performance.now();
    const cpu = process.cpuUsage();
    while (stored < REVIEWS) {
      const n = min + Math.floor(Math.random() * (max - min + 1));
      const events = Array.from({ length: n }, () => reviewEvent(randomOf(cards), new Date(clock++)));
      const { results } = await applySyncBatch(db, {
        profileId: learners[calls++ % LEARNERS]!,
        events,
        questionOf: (id) => questions.get(id),
        desiredRetention: 0.9,
        now: new Date(),
      });
      stored += results.filter((r) => r.status === "stored").length;
    }
    const used = process.cpuUsage(cpu);
    const seconds = (performance.now() - started) / 1000;
    figures[mode] = {
      reviewsPerSecond: stored / seconds,
      cpuMsPerReview: (used.user + used.system) / 1000 / stored,
      calls,
    };
    console.log(
      `${mode}: ${stored} reviews in ${calls} calls, ${(stored / seconds).toFixed(0)} reviews/s, CPU ${figures[mode].cpuMsPerReview.toFixed(3)} ms per review`,
    );
  }
  writeResult("sync", { reviews: REVIEWS, learners: LEARNERS, ...figures });
} finally {
  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
}
