import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { writePostgresSchema } from "./db-schemas";
import { migrationSql, PROVIDERS } from "./migration-diff";
import { startPrivatePostgres } from "./private-postgres";
import { bin, runOrExit } from "./run";

/**
 * `npm run db:new-migration -- <name>`: after editing prisma/schema.prisma, writes the migration from the committed
 * schema (git HEAD) to the working copy for BOTH providers, under the same folder name, and regenerates
 * prisma/postgresql/schema.prisma and the clients. PostgreSQL's diff runs on a private throwaway server.
 */
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:new-migration -- <name>   (lower case, digits and _, e.g. add_streak_goal)");
  process.exit(1);
}
const previous = execFileSync("git", ["show", `HEAD:${PROVIDERS.sqlite.schema}`], { encoding: "utf8" });
const current = readFileSync(PROVIDERS.sqlite.schema, "utf8");
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const folder = `${stamp}_${name}`;

writePostgresSchema();
const sqlite = await migrationSql(
  "sqlite",
  previous,
  current,
  `file:${path.join(mkdtempSync(path.join(tmpdir(), "goldmine-diff-")), "diff.db")}`,
);
if (!sqlite.trim() || /^-- This is an empty migration/.test(sqlite.trim())) {
  console.error(
    `✗ ${PROVIDERS.sqlite.schema} has no change to the data model since the last commit: nothing to migrate`,
  );
  process.exit(1);
}
const server = await startPrivatePostgres();
let postgres: string;
try {
  postgres = await migrationSql("postgresql", previous, current, server.url);
} finally {
  server.stop();
}
for (const [provider, sql] of [
  ["sqlite", sqlite],
  ["postgresql", postgres],
] as const) {
  const dir = path.join(PROVIDERS[provider].migrations, folder);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql);
  console.log(`✓ ${dir}/migration.sql`);
}
for (const provider of ["sqlite", "postgresql"] as const)
  await runOrExit(bin("prisma"), ["generate", "--config", PROVIDERS[provider].config]);
console.log("  Review both files, run `npm run db:migrate`, and commit them with the schema.");
