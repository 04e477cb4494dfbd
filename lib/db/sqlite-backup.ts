import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export class BackupError extends Error {}

export type BackupFacts = { file: string; bytes: number; reviews: number; profiles: number };

/**
 * A consistent copy of a live database: `VACUUM INTO` reads one snapshot inside a read transaction, so writes
 * that land meanwhile (WAL mode lets them) are either wholly in the copy or wholly not, never half.
 */
export function backupSqlite(source: string, destination: string): BackupFacts {
  if (!existsSync(source)) throw new BackupError(`there is no database at ${source}`);
  if (existsSync(destination))
    throw new BackupError(`${destination} already exists: choose another file name (a backup never overwrites)`);
  mkdirSync(path.dirname(destination), { recursive: true });
  const db = new Database(source, { readonly: true, fileMustExist: true, timeout: 5000 });
  try {
    db.prepare("VACUUM INTO ?").run(destination);
  } finally {
    db.close();
  }
  return checkBackup(destination);
}

/** Opens a backup read-only and checks it is a whole Goldmine database: integrity, migrations table, counts. */
export function checkBackup(file: string): BackupFacts {
  if (!existsSync(file)) throw new BackupError(`there is no backup at ${file}`);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new BackupError(`${file} cannot be opened as an SQLite database: ${(e as Error).message}`);
  }
  try {
    const integrity = (db.pragma("integrity_check") as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join("; ");
    if (integrity !== "ok") throw new BackupError(`${file} fails PRAGMA integrity_check: ${integrity}`);
    const hasTable = (name: string) =>
      !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name);
    if (!hasTable("_prisma_migrations") || !hasTable("Review"))
      throw new BackupError(
        `${file} is an SQLite file but not a Goldmine database (no _prisma_migrations or Review table)`,
      );
    const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
    return { file, bytes: statSync(file).size, reviews: count("Review"), profiles: count("Profile") };
  } catch (e) {
    if (e instanceof BackupError) throw e;
    throw new BackupError(`${file} is not a readable SQLite database: ${(e as Error).message}`);
  } finally {
    db.close();
  }
}

/**
 * Whether another process has the database open. Switching the journal mode needs the file to itself: a
 * running server (even idle) keeps its connection, so the switch fails with SQLITE_BUSY. When nobody has it
 * open the switch also folds the WAL into the main file, which is what a restore wants next.
 */
export function databaseInUse(file: string): boolean {
  if (!existsSync(file)) return false;
  const db = new Database(file, { timeout: 200 });
  try {
    db.pragma("journal_mode = DELETE");
    return false;
  } catch (e) {
    if ((e as { code?: string }).code === "SQLITE_BUSY") return true;
    throw e;
  } finally {
    db.close();
  }
}

/**
 * Replaces `target` with the backup. The current file is kept beside it (`<name>.before-restore-<time>`), so a
 * restore of the wrong backup loses nothing. Refuses while any process has the database open.
 */
export function restoreSqlite(backup: string, target: string, now: Date): { restored: BackupFacts; previous?: string } {
  const restored = checkBackup(backup);
  if (path.resolve(backup) === path.resolve(target))
    throw new BackupError("the backup and the database are the same file");
  if (databaseInUse(target)) {
    throw new BackupError(
      `${target} is in use (a running server or tool has it open): stop the server first, then restore`,
    );
  }
  let previous: string | undefined;
  if (existsSync(target)) {
    previous = `${target}.before-restore-${now.toISOString().replace(/[:.]/g, "-")}`;
    renameSync(target, previous);
  }
  for (const suffix of ["-wal", "-shm", "-journal"]) rmSync(`${target}${suffix}`, { force: true });
  mkdirSync(path.dirname(target), { recursive: true });
  copyFileSync(backup, target);
  return { restored, previous };
}
