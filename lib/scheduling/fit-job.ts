import { spawn } from "node:child_process";
import { sql } from "../db/sql";
import type { Db } from "../db/types";
import { historiesFromLog, MIN_REVIEWS_TO_OPTIMISE, nextOptimisationAt } from "../review/fsrs-history";
import { offsetMinutes } from "../review/study-day";
import { optimiseWeights, type FitMetrics } from "./optimise";

/** The last optimisation, as stored in `FsrsParameters.fit` and shown in Settings. */
export type Fit = { before: FitMetrics; after: FitMetrics; kept: boolean } | { error: string };

/** A run that started longer ago than this is taken to have died with its process: another may start. */
const STALE_RUN_MS = 10 * 60_000;
const running = new Set<string>();
/** The fit's own process (command-line code is run, never imported, by the app). */
const FIT_SCRIPT = "lib/cli/fsrs-fit.ts";

/** The learner's review log, ratings not taken back, oldest first: what the optimiser fits. */
async function readLog(db: Db, profileId: string) {
  const rows = await db.$queryRaw<
    { questionId: string; clozeIndex: number; rating: number; reviewedAt: string | Date }[]
  >(
    sql`SELECT r."questionId", r."clozeIndex", r."rating", r."reviewedAt" FROM "Review" r
        WHERE r."profileId" = ${profileId}
          AND NOT EXISTS (SELECT 1 FROM "ReviewUndo" u WHERE u."reviewId" = r."id")`,
  );
  return rows.map((r) => ({
    card: `${r.questionId}#${r.clozeIndex}`,
    rating: Number(r.rating),
    reviewedAt: new Date(r.reviewedAt),
  }));
}

/**
 * Fits the learner's FSRS parameters to their log and stores the outcome. The new parameters replace the old
 * only when they predict the log better (lower log-loss) than the defaults; a failure stores the error and leaves
 * the parameters in place. Below MIN_REVIEWS_TO_OPTIMISE ratings nothing is fitted.
 */
export async function runOptimiser(db: Db, profileId: string, timeZone: string, now: Date): Promise<Fit | undefined> {
  const log = await readLog(db, profileId);
  if (log.length < MIN_REVIEWS_TO_OPTIMISE) {
    await db.fsrsParameters.updateMany({ where: { profileId }, data: { runningAt: null } });
    return undefined;
  }
  let fit: Fit;
  let weights: number[] | undefined;
  try {
    const result = await optimiseWeights(historiesFromLog(log, offsetMinutes(now, timeZone)));
    const kept = result.after.logLoss < result.before.logLoss;
    fit = { before: result.before, after: result.after, kept };
    if (kept) weights = result.weights;
  } catch (error) {
    fit = { error: error instanceof Error ? error.message : String(error) };
  }
  const data = {
    fit: JSON.stringify(fit),
    reviews: log.length,
    fittedAt: now,
    runningAt: null,
    ...(weights && { weights: JSON.stringify(weights) }),
  };
  await db.fsrsParameters.upsert({ where: { profileId }, create: { profileId, ...data }, update: data });
  return fit;
}

/**
 * Starts a run in the background and returns at once (the action or sync request does not wait for it). At most one
 * run per learner in this process, and none while another instance's run is recent (`runningAt`).
 */
export async function startOptimiser(db: Db, profileId: string, timeZone: string, now: Date): Promise<boolean> {
  if (running.has(profileId)) return false;
  const claimed = await db.fsrsParameters.updateMany({
    where: { profileId, OR: [{ runningAt: null }, { runningAt: { lt: new Date(now.getTime() - STALE_RUN_MS) } }] },
    data: { runningAt: now },
  });
  if (claimed.count === 0) {
    const exists = await db.fsrsParameters.findUnique({ where: { profileId }, select: { profileId: true } });
    if (exists) return false;
    await db.fsrsParameters.create({ data: { profileId, fittedAt: now, runningAt: now } });
  }
  running.add(profileId);
  // Off the request path and out of this process (see lib/cli/fsrs-fit.ts): nothing awaits the child.
  const child = spawn(process.execPath, ["--import", "tsx", FIT_SCRIPT, profileId, timeZone], {
    cwd: process.cwd(),
    env: process.env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  child.on("error", (error) => {
    running.delete(profileId);
    console.error("FSRS optimiser: could not start", error);
    void db.fsrsParameters.updateMany({ where: { profileId }, data: { runningAt: null } }).catch(() => {});
  });
  child.on("exit", (code, signal) => {
    running.delete(profileId);
    if (code === 0) return;
    // The child died before storing anything (an abort in the optimiser): say so, keep the parameters.
    const fit: Fit = { error: `the optimiser stopped (${signal ?? `exit ${code}`})` };
    void db.fsrsParameters
      .updateMany({ where: { profileId }, data: { fit: JSON.stringify(fit), runningAt: null } })
      .catch((error) => console.error("FSRS optimiser: could not record a failed run", error));
  });
  return true;
}

/** After a sync: a background run once the log has reached the next size (200, then each doubling). */
export function dueForOptimisation(reviews: number, lastFitReviews: number): boolean {
  return reviews >= nextOptimisationAt(lastFitReviews);
}

/** Back to the default parameters (the last fit's figures stay, so Settings can still show them). */
export async function revertToDefaults(db: Db, profileId: string): Promise<void> {
  await db.fsrsParameters.updateMany({ where: { profileId }, data: { weights: null } });
}
