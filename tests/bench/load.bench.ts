import { rmSync } from "node:fs";
import { parseArgs } from "../../lib/cli/args";
import { openDatabase } from "../../lib/cli/open-database";
import { databaseOf, readEnv } from "../../lib/env";
import { startServer, type RunningServer } from "./lib/start-server";
import { verdict, writeResult } from "./lib/results";
import { actionIds } from "./load/action-client";
import { emptyReviewLoad, runPageLoad, runReviewLoad } from "./load/review-load";
import { createVirtualUsers, liveCardKeys } from "./load/virtual-users";
import { contentPagePaths, STATIC_FILE_PATH } from "./load/content-pages";

/**
 * `npm run bench:load [-- --users 50 --seconds 30 --instances 1 --rate R --port 3901] [--no-pages | --pages-only]`:
 * starts the production server(s) on a fresh database (DATABASE_URL, default a new SQLite file), has N users rate
 * cards through the real server action for S seconds, checks every acknowledged rating is stored, then loads the
 * content pages in both languages and, in the same run, a static file from public/, printing each page's
 * throughput as a ratio of the file's (absolute figures move with the machine's load; the ratio much less).
 */
const { values, flags } = parseArgs(process.argv.slice(2), {
  values: ["users", "seconds", "instances", "rate", "page-seconds", "label", "port"],
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
const databaseUrl = process.env.DATABASE_URL ?? "file:./data/bench-load.db";
const database = databaseOf(readEnv({ ...process.env, DATABASE_URL: databaseUrl }));
if (database.provider === "sqlite")
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${database.file}${suffix}`, { force: true });

let busy = 0;
const servers: RunningServer[] = [];
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
  const ids = actionIds();
  const cards = liveCardKeys();
  console.log(
    `▶ ${USERS} users (half signed in) on ${INSTANCES} instance(s), ${databaseUrl.split(":")[0]}, ${SECONDS} s${RATE ? ` at ${RATE} reviews/s each` : ", as fast as answers come back"}`,
  );
  const reviews = PAGES_ONLY
    ? emptyReviewLoad()
    : await runReviewLoad(
        { baseUrls, users: await createVirtualUsers(baseUrls, USERS, ids, cards), seconds: SECONDS, perUserRate: RATE },
        ids.get("rateCard")!,
        cards,
      );

  const db = await openDatabase(database);
  let stored = 0;
  for (let i = 0; i < reviews.acknowledged.length; i += 500)
    stored += await db.review.count({ where: { id: { in: reviews.acknowledged.slice(i, i + 500) } } });
  await db.$disconnect();

  const pages = [];
  let staticFile: Awaited<ReturnType<typeof runPageLoad>> | undefined;
  if (!flags.has("no-pages")) {
    // A short warm-up, so neither the first page nor the file pays for the server's first requests.
    for (const path of [STATIC_FILE_PATH, ...contentPagePaths()]) await runPageLoad(baseUrls, path, 10, 1);
    staticFile = await runPageLoad(baseUrls, STATIC_FILE_PATH, 50, PAGE_SECONDS);
    for (const path of contentPagePaths()) pages.push(await runPageLoad(baseUrls, path, 50, PAGE_SECONDS));
  }

  const { acknowledged, ...reviewFigures } = reviews;
  writeResult(`load-${databaseUrl.split(":")[0]}-${INSTANCES}x${LABEL}`, {
    users: USERS,
    seconds: SECONDS,
    instances: INSTANCES,
    perUserRate: RATE ?? null,
    reviews: { ...reviewFigures, acknowledged: acknowledged.length, stored, sqliteBusy: busy },
    staticFile: staticFile ?? null,
    pages: pages.map((p) => ({
      ...p,
      ratioToStaticFile: staticFile ? p.requestsPerSecond / staticFile.requestsPerSecond : null,
    })),
  });
  if (!PAGES_ONLY) {
    console.log(
      `reviews: ${reviews.requests} requests, ${reviews.reviewsPerSecond.toFixed(0)} reviews/s, p50 ${reviews.latencyMs.p50} ms, p90 ${reviews.latencyMs.p90} ms, p99 ${reviews.latencyMs.p99} ms, max ${reviews.latencyMs.max} ms`,
    );
    console.log(
      verdict(
        reviews.errors === 0,
        `errors: ${reviews.errors} (failed results ${reviews.errorKinds.failedResults}, connection errors ${reviews.errorKinds.connectionErrors}, timeouts ${reviews.errorKinds.timeouts})`,
      ),
    );
    console.log(verdict(busy === 0, `SQLITE_BUSY / database is locked in the server log: ${busy}`));
    console.log(
      verdict(stored === acknowledged.length, `acknowledged ratings stored: ${stored} of ${acknowledged.length}`),
    );
    console.log(verdict(reviews.latencyMs.p99 <= 50, `review p99 ${reviews.latencyMs.p99} ms (target ≤ 50 ms)`));
    console.log(
      verdict(
        reviews.reviewsPerSecond >= 500,
        `review throughput ${reviews.reviewsPerSecond.toFixed(0)}/s (target ≥ 500/s)`,
      ),
    );
  }
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
  process.exitCode = reviews.errors === 0 && busy === 0 && stored === acknowledged.length ? 0 : 1;
} finally {
  await Promise.all(servers.map((s) => s.stop()));
}
