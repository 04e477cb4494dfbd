import path from "node:path";
import { BackupError, backupSqlite } from "../db/sqlite-backup";
import { databaseOf, readEnv } from "../env";
import { parseArgs } from "./args";

/** `npm run db:backup [-- <file>]`: a consistent copy of the configured database, safe while the server runs. */
const { positionals } = parseArgs(process.argv.slice(2), {});
const database = databaseOf(readEnv());
if (database.provider !== "sqlite") {
  console.error(
    "✗ db:backup copies the embedded SQLite database. For PostgreSQL use its own tools: pg_dump -Fc (README › Deploying › Backups).",
  );
  process.exit(1);
}
const file = database.file;
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const destination = path.resolve(
  positionals[0] ?? path.join(path.dirname(file), "backups", `${path.basename(file, ".db")}-${stamp}.db`),
);
try {
  const facts = backupSqlite(file, destination);
  console.log(
    `✓ backup of ${file} written to ${facts.file} (${(facts.bytes / 1e6).toFixed(1)} MB, ${facts.profiles} profiles, ${facts.reviews} reviews, integrity ok)`,
  );
} catch (e) {
  if (!(e instanceof BackupError)) throw e;
  console.error(`✗ backup failed: ${e.message}`);
  process.exit(1);
}
