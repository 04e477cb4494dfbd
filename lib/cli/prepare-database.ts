import { existsSync, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { run } from "./run";
import type { Database as DatabaseConfig } from "../env";

const MIGRATIONS = { sqlite: "prisma/migrations", postgresql: "prisma/postgresql/migrations" } as const;
const CONFIG = { sqlite: "prisma/prisma.config.ts", postgresql: "prisma/postgresql/prisma.config.ts" } as const;

const APPLIED =
  "SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL";

function anyMissing(folder: string, applied: string[]): boolean {
  const done = new Set(applied);
  return readdirSync(folder, { withFileTypes: true }).some((d) => d.isDirectory() && !done.has(d.name));
}

/**
 * Whether the SQLite file lacks any migration. Checked directly so a tool run beside a live server (user:role,
 * demo:seed) does not start Prisma's migration engine, which waits for a lock the server holds.
 */
function sqliteHasPending(file: string): boolean {
  if (!existsSync(file)) return true;
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 5000 });
  try {
    if (!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get())
      return true;
    return anyMissing(
      MIGRATIONS.sqlite,
      (db.prepare(APPLIED).all() as { name: string }[]).map((r) => r.name),
    );
  } finally {
    db.close();
  }
}

/** The same check on PostgreSQL: a start with nothing to apply skips the schema engine's few seconds. */
async function postgresHasPending(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ table: string | null }>(
      "SELECT to_regclass('_prisma_migrations')::text AS table",
    );
    if (!rows[0]?.table) return true;
    return anyMissing(
      MIGRATIONS.postgresql,
      (await client.query<{ name: string }>(APPLIED)).rows.map((r) => r.name),
    );
  } finally {
    await client.end();
  }
}

async function migrateDeploy(database: DatabaseConfig, env: NodeJS.ProcessEnv): Promise<void> {
  const url = database.provider === "sqlite" ? `file:${database.file}` : database.url;
  const code = await run("node_modules/.bin/prisma", ["migrate", "deploy", "--config", CONFIG[database.provider]], {
    env: { ...env, DATABASE_URL: url },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const where = database.provider === "sqlite" ? database.file : "the PostgreSQL database";
  if (code !== 0) throw new Error(`database migration failed for ${where} (prisma migrate deploy exited ${code})`);
}

/**
 * Applies pending migrations with Prisma's own `migrate deploy`, for whichever database is configured. SQLite:
 * creates the file if needed and turns on WAL (persistent in the file) so readers never block the writer.
 * PostgreSQL: Prisma holds an advisory lock while it migrates, so instances starting together take turns.
 */
export async function prepareDatabase(database: DatabaseConfig, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (database.provider === "postgresql") {
    if (await postgresHasPending(database.url)) await migrateDeploy(database, env);
    return;
  }
  mkdirSync(path.dirname(database.file), { recursive: true });
  if (sqliteHasPending(database.file)) await migrateDeploy(database, env);
  const db = new Database(database.file, { timeout: 5000 });
  try {
    db.pragma("journal_mode = WAL");
  } finally {
    db.close();
  }
}

/** How to name the database in a log line, without a PostgreSQL password. */
export function describeDatabase(database: DatabaseConfig): string {
  if (database.provider === "sqlite") return database.file;
  const url = new URL(database.url);
  if (url.password) url.password = "***";
  return url.toString();
}
