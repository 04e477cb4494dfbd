import { existsSync, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { run } from "../cli/run";

const MIGRATIONS_DIR = "prisma/migrations";

/**
 * Whether the file lacks any migration in prisma/migrations. Checked directly so a tool run beside a live
 * server (user:role, demo:seed) does not start Prisma's migration engine, which waits for a lock the server holds.
 */
function hasPendingMigrations(file: string): boolean {
  if (!existsSync(file)) return true;
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 5000 });
  try {
    if (!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get()) return true;
    const rows = db.prepare("SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL").all() as { name: string }[];
    const applied = new Set(rows.map((r) => r.name));
    return readdirSync(MIGRATIONS_DIR, { withFileTypes: true }).some((d) => d.isDirectory() && !applied.has(d.name));
  } finally {
    db.close();
  }
}

/**
 * Creates the SQLite file if needed, applies pending migrations with Prisma's own `migrate deploy`, and turns
 * on WAL (persistent in the file) so readers never block the writer.
 */
export async function prepareDatabase(file: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  mkdirSync(path.dirname(file), { recursive: true });
  if (hasPendingMigrations(file)) {
    const code = await run("node_modules/.bin/prisma", ["migrate", "deploy", "--config", "prisma/prisma.config.ts"], {
      env: { ...env, DATABASE_URL: `file:${file}` },
      stdio: ["ignore", "ignore", "inherit"],
    });
    if (code !== 0) throw new Error(`database migration failed for ${file} (prisma migrate deploy exited ${code})`);
  }
  const db = new Database(file, { timeout: 5000 });
  try {
    db.pragma("journal_mode = WAL");
  } finally {
    db.close();
  }
}
