import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { toPostgresSchema } from "../db/postgres-schema";
import { bin } from "./run";

export type Provider = "sqlite" | "postgresql";

/** Each provider's Prisma config, schema and migrations folder. SQLite's schema is the source; PostgreSQL's is generated. */
export const PROVIDERS: Record<Provider, { config: string; schema: string; migrations: string }> = {
  sqlite: { config: "prisma/prisma.config.ts", schema: "prisma/schema.prisma", migrations: "prisma/migrations" },
  postgresql: {
    config: "prisma/postgresql/prisma.config.ts",
    schema: "prisma/postgresql/schema.prisma",
    migrations: "prisma/postgresql/migrations",
  },
};

/** Runs the Prisma CLI with a provider's config; resolves with its exit code and output. */
export function prisma(
  provider: Provider,
  args: string[],
  databaseUrl: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin("prisma"), [...args, "--config", PROVIDERS[provider].config], {
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** A SQLite schema text written as the given provider's schema file, for the CLI to read. */
export function schemaFileFor(provider: Provider, sqliteSchema: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "goldmine-schema-")), "schema.prisma");
  writeFileSync(file, provider === "sqlite" ? sqliteSchema : toPostgresSchema(sqliteSchema));
  return file;
}

/**
 * The SQL that takes one SQLite data model (null: an empty database) to another, for the given provider. The JS
 * engine's diff connects through the config's adapter even between two schema files, so PostgreSQL needs a server.
 */
export async function migrationSql(
  provider: Provider,
  from: string | null,
  to: string,
  databaseUrl: string,
): Promise<string> {
  const fromArgs = from === null ? ["--from-empty"] : ["--from-schema-datamodel", schemaFileFor(provider, from)];
  const args = ["migrate", "diff", ...fromArgs, "--to-schema-datamodel", schemaFileFor(provider, to), "--script"];
  const { code, stdout, stderr } = await prisma(provider, args, databaseUrl);
  if (code !== 0) throw new Error(`prisma migrate diff (${provider}) exited ${code}:\n${stderr}`);
  return stdout.replace(/^Loaded Prisma config[^\n]*\n/m, "");
}
