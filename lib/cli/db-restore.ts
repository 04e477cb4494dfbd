import path from "node:path";
import { prepareDatabase } from "./prepare-database";
import { BackupError, restoreSqlite } from "../db/sqlite-backup";
import { databaseOf, readEnv } from "../env";
import { parseArgs } from "./args";

/** `npm run db:restore -- <file>`: replaces the configured database with a backup (the server must be stopped). */
const { positionals } = parseArgs(process.argv.slice(2), {});
if (positionals.length !== 1) {
  console.error("usage: npm run db:restore -- <backup file>   (stop the server first)");
  process.exit(1);
}
const database = databaseOf(readEnv());
if (database.provider !== "sqlite") {
  console.error(
    "✗ db:restore restores the embedded SQLite database. For PostgreSQL use pg_restore (README › Deploying › Backups).",
  );
  process.exit(1);
}
const target = database.file;
try {
  const { restored, previous } = restoreSqlite(path.resolve(positionals[0]!), target, new Date());
  // A backup from an older version gets the newer migrations, and WAL mode again.
  await prepareDatabase(database);
  console.log(
    `✓ restored ${restored.file} into ${target} (${restored.profiles} profiles, ${restored.reviews} reviews)`,
  );
  if (previous) console.log(`  the database it replaced is kept as ${previous}`);
} catch (e) {
  if (!(e instanceof BackupError)) throw e;
  console.error(`✗ restore refused: ${e.message}`);
  process.exit(1);
}
