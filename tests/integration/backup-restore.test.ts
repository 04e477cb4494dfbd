import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { prepareDatabase } from "@/lib/cli/prepare-database";

const cli = (script: string, file: string, args: string[]) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
      env: { ...process.env, DATABASE_URL: `file:${file}` },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("exit", (status) => resolve({ status, stdout, stderr }));
  });

/** A second process writing two profiles per transaction as fast as it can, for `ms` milliseconds. */
function writer(file: string, ms: number) {
  const code = `
    const db = new (require("better-sqlite3"))(${JSON.stringify(file)}, { timeout: 5000 });
    const add = db.prepare("INSERT INTO Profile (id) VALUES (?)");
    const pair = db.transaction((i) => { add.run("w-" + i + "-a"); add.run("w-" + i + "-b"); });
    const end = Date.now() + ${ms}; let i = 0;
    while (Date.now() < end) pair(i++);
    console.log(i);`;
  return new Promise<number>((resolve) => {
    const child = spawn(process.execPath, ["-e", code]);
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("exit", () => resolve(Number(out.trim())));
  });
}

const profileIds = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare("SELECT id FROM Profile ORDER BY id").all() as { id: string }[]).map((r) => r.id);
  } finally {
    db.close();
  }
};

// SQLite only: a PostgreSQL deployment backs up with pg_dump (README › Deploying).
describe.skipIf(!!process.env.TEST_POSTGRES_URL)("npm run db:backup / db:restore", () => {
  it("backs up a database that is being written to, refuses to restore while it is open, then restores exactly the backup", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "goldmine-backup-"));
    const file = path.join(dir, "app.db");
    await prepareDatabase({ provider: "sqlite", file });
    const backup = path.join(dir, "copy.db");

    const writing = writer(file, 4000);
    await new Promise((r) => setTimeout(r, 800));
    const made = await cli("lib/cli/db-backup.ts", file, [backup]);
    const pairs = await writing;
    expect(made.stderr).toBe("");
    expect(made.stdout).toMatch(/✓ backup of .* written to .*copy\.db .*integrity ok/);

    // A consistent snapshot: some pairs, never half of one, and not the later writes.
    const saved = profileIds(backup);
    expect(saved.length).toBeGreaterThan(0);
    expect(saved.length % 2).toBe(0);
    expect(saved.length).toBeLessThan(pairs * 2);
    expect(profileIds(file)).toHaveLength(pairs * 2);

    const again = await cli("lib/cli/db-backup.ts", file, [backup]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("already exists");

    const server = new Database(file);
    server.prepare("SELECT COUNT(*) FROM Profile").get();
    const refused = await cli("lib/cli/db-restore.ts", file, [backup]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("is in use (a running server or tool has it open): stop the server first");
    server.close();
    expect(profileIds(file)).toHaveLength(pairs * 2);

    const restored = await cli("lib/cli/db-restore.ts", file, [backup]);
    expect(restored.stdout).toContain(`(${saved.length} profiles, 0 reviews)`);
    expect(profileIds(file)).toEqual(saved);
    // The replaced database is kept, with every later write.
    const kept = readdirSync(dir).find((f) => f.startsWith("app.db.before-restore-"));
    expect(kept).toBeDefined();
    expect(profileIds(path.join(dir, kept!))).toHaveLength(pairs * 2);
    const db = new Database(file, { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
  }, 60_000);

  it("refuses a file that is not a Goldmine backup and leaves the database alone", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "goldmine-backup-"));
    const file = path.join(dir, "app.db");
    await prepareDatabase({ provider: "sqlite", file });
    const notABackup = path.join(dir, "notes.db");
    new Database(notABackup).exec("CREATE TABLE notes (text TEXT)");
    const result = await cli("lib/cli/db-restore.ts", file, [notABackup]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("not a Goldmine database");
    expect(existsSync(file)).toBe(true);
    expect(readdirSync(dir).some((f) => f.includes("before-restore"))).toBe(false);
  }, 30_000);
});
