import { databaseOf, readEnv } from "../env";
import { connectDatabase } from "../db/connect";
import { runOptimiser } from "../scheduling/fit-job";

/**
 * `tsx lib/cli/fsrs-fit.ts <profileId> <timeZone>`: one learner's FSRS fit, in its own process. The app starts it
 * (lib/scheduling/fit-job.ts) rather than running fsrs-rs in the server: a panic in the native optimiser aborts the
 * process it runs in, and must not take the server down with it.
 */
const [profileId, timeZone] = process.argv.slice(2);
if (!profileId || !timeZone) {
  console.error("usage: tsx lib/cli/fsrs-fit.ts <profileId> <timeZone>");
  process.exit(2);
}
const db = connectDatabase(databaseOf(readEnv()));
try {
  await runOptimiser(db, profileId, timeZone, new Date());
} finally {
  await db.$disconnect();
}
