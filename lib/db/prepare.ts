import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { run } from "../cli/run";

/**
 * Creates the SQLite file if needed, applies pending migrations with Prisma's own `migrate deploy`, and turns
 * on WAL (persistent in the file) so readers never block the writer.
 */
export async function prepareDatabase(file: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  mkdirSync(path.dirname(file), { recursive: true });
  const code = await run("node_modules/.bin/prisma", ["migrate", "deploy", "--config", "prisma/prisma.config.ts"], {
    env: { ...env, DATABASE_URL: `file:${file}` },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (code !== 0) throw new Error(`database migration failed for ${file} (prisma migrate deploy exited ${code})`);
  const db = new Database(file);
  try {
    db.pragma("journal_mode = WAL");
  } finally {
    db.close();
  }
}
