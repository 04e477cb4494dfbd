import { rmSync } from "node:fs";
import { parseArgs } from "../../lib/cli/args";
import { openDatabase } from "../../lib/cli/open-database";
import { databaseOf, readEnv } from "../../lib/env";
import { processGroupCpuMs } from "./lib/process-cpu";
import { startServer, type RunningServer } from "./lib/start-server";
import { verdict, writeResult } from "./lib/results";
import { actionIds } from "./load/action-client";
import { runPageLoad, runReviewLoad, type LoadFigures } from "./load/review-load";
import { createVirtualUsers, liveCardKeys } from "./load/virtual-users";
import { contentPagePaths, STATIC_FILE_PATH } from "./load/content-pages";

/**
 * `npm run bench:load [-- --users 50 --seconds 30 --instances 1 --rate R --port 3901 --modes batch,single]
 * [--no-pages | --pages-only]`: starts the production server(s) on a fresh database (DATABASE_URL, default a new
 * SQLite file); N users download their review state once, then sync ratings through `POST /api/review/sync` as the
 * browser does, for S seconds per mode: `batch` (5–10 ratings per request, as the browser flushes its outbox) and
 * `single` (one rating per request). Then it checks that every acknowledged rating is stored exactly once, and loads
 * the content pages in both languages and, in the same run, a static file from public/, printing each page's
 * throughput as a ratio of the file's (absolute figures move with the machine's load; the ratio much less).
 */
const { values, flags } = parseArgs(process.argv.slice(2), {
  values: ["users", "seconds", "instances", "rate", "page-seconds", "label", "port", "modes"],
  flags: ["no-pages", "pages-only"],
});
const PAGES_ONLY = flags.has("pages-only");
const USERS = Number(values.users ?? 50);
const SECONDS = Number(values.seconds ?? 30);
const INSTANCES = Number(values.instances ?? 1);
const RATE = values.rate ? Number(values.rate) : undefined;
const PAGE_SECONDS = Number(values["page-seconds"] ?? 10);
const LABEL = values.label ? `-${values.label}` : "";
// The first instance's port (the others follow): several people benchmarking on one machine each take their own range.
const PORT = Number(values.port ?? 3901);
const MODES = {
  batch: { min: 5, max: 10, target: 2000 },
  single: { min: 1, max: 1, target: 500 },
} as const;
type Mode = keyof typeof MODES;
const modes = (values.modes ?? "batch,single").split(",").filter((m): m is Mode => m in MODES);
const databaseUrl = process.env.DATABASE_URL ?? "file:./data/bench-load.db";
const database = databaseOf(readEnv({ ...process.env, DATABASE_URL: databaseUrl }));
if (database.provider === "sqlite")
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${database.file}${suffix}`, { force: true });

let busy = 0;
const servers: RunningServer[] = [];
const serverCpuMs = () => servers.reduce((sum, s) => sum + processGroupCpuMs(s.child.pid!), 0);
try {
  for (let i = 0; i < INSTANCES; i++) {
    servers.push(
      await startServer({
        port: PORT + i,
        databaseUrl,
        // The load generator plays the reverse proxy: it sends the public host in X-Forwarded-Host.
        env: { TRUSTED_PROXIES: "1" },
        onOutput: (t) => (busy += t.match(/SQLITE_BUSY|database is locked/g)?.length ?? 0),
      }),
    );
  }
  const baseUrls = servers.map((s) => s.url);
  const cards = liveCardKeys();
  const runs: { mode: Mode; figures: LoadFigures; cpuMsPerReview: number; stored: number; storedTwice: number }[] = [];
  if (!PAGES_ONLY) {
    const users = await createVirtualUsers(baseUrls, USERS, actionIds(), cards);
    console.log(
      `▶ ${USERS} users (half signed in) on ${INSTANCES} instance(s), ${databaseUrl.split(":")[0]}, ${SECONDS} s per mode${RATE ? ` at ${RATE} syncs/s each` : ", each syncing again as soon as the answer arrives"}`,
    );
    for (const mode of modes) {
      const cpuBefore = serverCpuMs();
      const figures = await runReviewLoad(
        { baseUrls, users, seconds: SECONDS, perUserRate: RATE, batch: MODES[mode] },
        cards,
      );
      const cpuMsPerReview = (serverCpuMs() - cpuBefore) / Math.max(1, figures.acknowledged.length);
      runs.push({ mode, figures, cpuMsPerReview, ...(await countStored(figures.acknowledged)) });
    }
  }

  const pages = [];
  let staticFile: Awaited<ReturnType<typeof runPageLoad>> | undefined;
  if (!flags.has("no-pages")) {
    // A short warm-up, so neither the first page nor the file pays for the server's first requests.
    for (const path of [STATIC_FILE_PATH, ...contentPagePaths()]) await runPageLoad(baseUrls, path, 10, 1);
    staticFile = await runPageLoad(baseUrls, STATIC_FILE_PATH, 50, PAGE_SECONDS);
    for (const path of contentPagePaths()) pages.push(await runPageLoad(baseUrls, path, 50, PAGE_SECONDS));
  }

  writeResult(`load-${databaseUrl.split(":")[0]}-${INSTANCES}x${LABEL}`, {
    users: USERS,
    seconds: SECONDS,
    instances: INSTANCES,
    perUserRate: RATE ?? null,
    sync: runs.map(({ mode, figures: { acknowledged, ...f }, ...rest }) => ({
      mode,
      ...f,
      acknowledged: acknowledged.length,
      ...rest,
      sqliteBusy: busy,
    })),
    staticFile: staticFile ?? null,
    pages: pages.map((p) => ({
      ...p,
      ratioToStaticFile: staticFile ? p.requestsPerSecond / staticFile.requestsPerSecond : null,
    })),
  });
  let ok = busy === 0;
  for (const { mode, figures: f, cpuMsPerReview, stored, storedTwice } of runs) {
    const lost = new Set(f.acknowledged).size - stored;
    ok &&= f.errors === 0 && lost === 0 && storedTwice === 0;
    console.log(
      `sync, ${mode} (${f.meanBatch.toFixed(1)} ratings per request): ${f.requests} requests, ${f.reviewsPerSecond.toFixed(0)} reviews/s stored, p50 ${f.latencyMs.p50} ms, p90 ${f.latencyMs.p90} ms, p99 ${f.latencyMs.p99} ms, max ${f.latencyMs.max} ms, server CPU ${cpuMsPerReview.toFixed(2)} ms per review`,
    );
    console.log(
      verdict(
        f.errors === 0,
        `  errors: ${f.errors} (HTTP ${f.errorKinds.httpErrors}, refused items ${f.errorKinds.rejectedItems}, connection errors ${f.errorKinds.connectionErrors}, timeouts ${f.errorKinds.timeouts})`,
      ),
    );
    console.log(
      verdict(
        lost === 0 && storedTwice === 0,
        `  acknowledged ratings stored: ${stored} of ${new Set(f.acknowledged).size}, lost ${lost}, stored twice ${storedTwice}`,
      ),
    );
    console.log(verdict(f.latencyMs.p99 <= 50, `  sync p99 ${f.latencyMs.p99} ms (target ≤ 50 ms)`));
    console.log(
      verdict(
        f.reviewsPerSecond >= MODES[mode].target,
        `  throughput ${f.reviewsPerSecond.toFixed(0)} reviews/s (target ≥ ${MODES[mode].target}/s)`,
      ),
    );
  }
  if (!PAGES_ONLY) console.log(verdict(busy === 0, `SQLITE_BUSY / database is locked in the server log: ${busy}`));
  if (staticFile)
    console.log(
      `GET ${STATIC_FILE_PATH} (static file, same server): ${staticFile.requestsPerSecond.toFixed(0)} req/s, p99 ${staticFile.latencyMs.p99} ms, errors ${staticFile.errors}`,
    );
  for (const p of pages) {
    const ratio = staticFile ? p.requestsPerSecond / staticFile.requestsPerSecond : NaN;
    console.log(
      verdict(
        p.errors === 0 && p.requestsPerSecond >= 1500 && p.latencyMs.p99 <= 50,
        `GET ${p.path}: ${p.requestsPerSecond.toFixed(0)} req/s, p99 ${p.latencyMs.p99} ms, errors ${p.errors} (target ≥ 1,500 req/s, p99 ≤ 50 ms)`,
      ),
    );
    console.log(verdict(ratio >= 0.8, `  ${ratio.toFixed(2)} × the static file's throughput (target ≥ 0.8)`));
  }
  process.exitCode = ok ? 0 : 1;
} finally {
  await Promise.all(servers.map((s) => s.stop()));
}

/** How many of the acknowledged ids are in the database, and how many are there more than once (must be none). */
async function countStored(acknowledged: string[]): Promise<{ stored: number; storedTwice: number }> {
  const ids = [...new Set(acknowledged)];
  const db = await openDatabase(database);
  try {
    let stored = 0;
    for (let i = 0; i < ids.length; i += 500) {
      const part = ids.slice(i, i + 500);
      stored += await db.review.count({ where: { id: { in: part } } });
    }
    // The id is the table's primary key, so a rating can only be stored twice under a second id: the server would
    // have to invent one. Counted by content (learner, card, time) over the whole fresh database to be sure it never does.
    const [row] = await db.$queryRaw<{ n: number | bigint }[]>`
      SELECT COUNT(*) AS n FROM (
        SELECT 1 FROM "Review" GROUP BY "profileId", "questionId", "clozeIndex", "reviewedAt" HAVING COUNT(*) > 1
      ) twice`;
    return { stored, storedTwice: Number(row?.n ?? 0) };
  } finally {
    await db.$disconnect();
  }
}
