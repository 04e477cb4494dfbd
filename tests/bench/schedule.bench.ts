import { execFileSync } from "node:child_process";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "../../lib/cli/args";
import { computePlan } from "../../lib/review/interview-plan";
import { DAY_MS } from "../../lib/review/placement";
import { simulate, type SimCard } from "../../lib/review/simulate";
import { syntheticHistories } from "../helpers/synthetic-log";
import { verdict, writeResult } from "./lib/results";

/**
 * `npm run bench:schedule`: the optimiser (fsrs-rs through its binding) on 10k/50k/200k synthetic ratings, each in
 * its own process so its peak memory is its own; then the interview plan for 5,000 cards in scope (target ≤ 50 ms)
 * and a 90-day simulation for a learner with 5,000 cards (target ≤ 200 ms), median of repeated runs.
 */
const { values } = parseArgs(process.argv.slice(2), { values: ["child", "sizes", "repeat"] });
const PER_CARD = 10;

if (values.child) {
  // Imported here so the parent's memory and start-up stay out of the child's figures.
  const { optimiseWeights } = await import("../../lib/scheduling/optimise");
  const reviews = Number(values.child);
  const histories = syntheticHistories(Math.round(reviews / PER_CARD), PER_CARD, 1);
  const t0 = performance.now();
  const result = await optimiseWeights(histories);
  const ms = performance.now() - t0;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ reviews, ms, maxRssMb, before: result.before, after: result.after }));
  process.exit(0);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const REPEAT = Number(values.repeat ?? 7);
const loadBefore = os.loadavg();

const sizes = (values.sizes ?? "10000,50000,200000").split(",").map(Number);
const optimiser = sizes.map((n) => {
  const out = execFileSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), "--child", String(n)],
    { encoding: "utf8", maxBuffer: 1 << 20 },
  );
  const row = JSON.parse(out.trim().split("\n").at(-1)!);
  console.log(
    `optimiser ${n} reviews: ${(row.ms / 1000).toFixed(2)} s, peak RSS ${row.maxRssMb.toFixed(0)} MB; ` +
      `log-loss ${row.before.logLoss.toFixed(4)} → ${row.after.logLoss.toFixed(4)}, RMSE ${row.before.rmse.toFixed(4)} → ${row.after.rmse.toFixed(4)}`,
  );
  return row;
});

const now = new Date("2026-12-01T10:00:00Z");
// A learner with 5,000 cards: 3,000 met (review state, dues spread over the next five weeks), 2,000 not yet.
const met: SimCard[] = Array.from({ length: 3000 }, (_, i) => ({
  due: new Date(now.getTime() + ((i * 7919) % 40) * DAY_MS - 5 * DAY_MS),
  stability: 2 + (i % 60),
  difficulty: 3 + (i % 6),
  state: 2,
  lastReview: new Date(now.getTime() - ((i * 31) % 30) * DAY_MS),
  inPlan: true,
}));

const planTimes: number[] = [];
for (let r = 0; r < REPEAT; r++) {
  const t0 = performance.now();
  computePlan({
    now,
    dayStart: new Date("2026-12-01T04:00:00Z"),
    interviewDayStart: new Date("2026-12-31T04:00:00Z"),
    cards: met,
    unseen: 2000,
    dailyNewLimit: 80,
    desiredRetention: 0.9,
    targetRetention: 0.9,
    seed: r,
  });
  planTimes.push(performance.now() - t0);
}
const simTimes: number[] = [];
for (let r = 0; r < REPEAT; r++) {
  const t0 = performance.now();
  simulate({
    now,
    days: 90,
    desiredRetention: 0.9,
    cards: met,
    newCards: Array.from({ length: 2000 }, () => ({ inPlan: false })),
    newPerDay: 20,
    seed: r,
  });
  simTimes.push(performance.now() - t0);
}
const planMs = median(planTimes);
const simMs = median(simTimes);
console.log(
  verdict(planMs <= 50, `plan for 5,000 cards in scope (30 days): median ${planMs.toFixed(1)} ms (target ≤ 50)`),
);
console.log(verdict(simMs <= 200, `90-day simulation, 5,000 cards: median ${simMs.toFixed(1)} ms (target ≤ 200)`));
console.log(
  `load average before ${loadBefore.map((x) => x.toFixed(2)).join(" ")}, after ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ")}`,
);
writeResult("schedule", { optimiser, planMs, planTimes, simMs, simTimes, loadBefore });
process.exit(planMs <= 50 && simMs <= 200 ? 0 : 1);
