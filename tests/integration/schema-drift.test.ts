import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, inject, it } from "vitest";
import { migrationSql, prisma, PROVIDERS } from "@/lib/cli/migration-diff";
import { prepareDatabase } from "@/lib/cli/prepare-database";
import { toPostgresSchema } from "@/lib/db/postgres-schema";
import { dropDatabases, onServer, uniqueName, withDatabase } from "../helpers/postgres-databases";

const source = readFileSync(PROVIDERS.sqlite.schema, "utf8");
const folders = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
const tempFile = () => path.join(mkdtempSync(path.join(tmpdir(), "goldmine-drift-")), "app.db");

/** Tables, columns, indexes and foreign keys of a SQLite file, in an order that does not depend on how they were made. */
function structure(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const tables = (
      db
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != '_prisma_migrations' ORDER BY name",
        )
        .all() as { name: string }[]
    ).map((t) => t.name);
    return tables.map((table) => ({
      table,
      columns: db.pragma(`table_xinfo("${table}")`),
      indexes: (
        db.pragma(`index_list("${table}")`) as { name: string; unique: number; origin: string; partial: number }[]
      )
        .map((i) => ({ ...i, seq: undefined, columns: db.pragma(`index_xinfo("${i.name}")`) }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      foreignKeys: (db.pragma(`foreign_key_list("${table}")`) as Record<string, unknown>[])
        .map(({ id: _id, seq: _seq, ...fk }) => fk)
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    }));
  } finally {
    db.close();
  }
}

describe("the two providers' schemas and migrations", () => {
  it("has prisma/postgresql/schema.prisma generated from prisma/schema.prisma (run npm run db:schemas if not)", () => {
    expect(readFileSync(PROVIDERS.postgresql.schema, "utf8")).toBe(toPostgresSchema(source));
  });

  it("has the same migration folders for both providers (write them with npm run db:new-migration)", () => {
    expect(folders(PROVIDERS.sqlite.migrations).length).toBeGreaterThan(0);
    expect(folders(PROVIDERS.postgresql.migrations)).toEqual(folders(PROVIDERS.sqlite.migrations));
  });

  it("SQLite: the migrations build exactly the database the schema describes", async () => {
    const migrated = tempFile();
    await prepareDatabase({ provider: "sqlite", file: migrated });
    const direct = tempFile();
    const sql = await migrationSql("sqlite", null, source, `file:${direct}`);
    const db = new Database(direct);
    db.exec(sql);
    db.close();
    expect(structure(migrated).map((t) => t.table)).toContain("Review");
    expect(structure(migrated)).toEqual(structure(direct));
  });

  const postgres = inject("postgres");
  it.skipIf(!postgres)(
    "PostgreSQL: applying the migrations to an empty database leaves nothing to change (prisma migrate diff)",
    async () => {
      const server = postgres!.server;
      const name = uniqueName(postgres!.prefix);
      await onServer(server, (client) => client.query(`CREATE DATABASE "${name}"`));
      try {
        // Prisma applies the migrations to a shadow database it creates (and drops) on the same server, then compares.
        const args = [
          "migrate",
          "diff",
          "--from-migrations",
          PROVIDERS.postgresql.migrations,
          "--to-schema-datamodel",
          PROVIDERS.postgresql.schema,
          "--exit-code",
        ];
        const { code, stdout, stderr } = await prisma("postgresql", args, withDatabase(server, name));
        expect({ code, stdout, stderr }).toMatchObject({
          code: 0,
          stdout: expect.stringContaining("No difference detected"),
        });
      } finally {
        await dropDatabases(server, name);
      }
    },
  );
});
