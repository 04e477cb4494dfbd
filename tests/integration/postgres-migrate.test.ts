import { spawnSync } from "node:child_process";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { connectDatabase } from "@/lib/db/connect";
import { prepareDatabase } from "@/lib/cli/prepare-database";
import { dropDatabases, onServer, uniqueName, withDatabase } from "../helpers/postgres-databases";

const postgres = inject("postgres");

describe.skipIf(!postgres)("migrating a PostgreSQL database (npm run db:migrate, npm start)", () => {
  it("migrates an empty database once when two instances start at the same moment, and keeps the data on the next start", async () => {
    const name = uniqueName(postgres!.prefix);
    await onServer(postgres!.server, (client) => client.query(`CREATE DATABASE "${name}"`));
    const database = { provider: "postgresql", url: withDatabase(postgres!.server, name) } as const;
    try {
      // Prisma's advisory lock makes the second wait, then find everything applied.
      await Promise.all([prepareDatabase(database), prepareDatabase(database)]);
      const db = connectDatabase(database);
      await db.profile.create({ data: { id: "visitor-1", locale: "zh" } });
      await db.$disconnect();

      await prepareDatabase(database);
      const again = connectDatabase(database);
      expect(await again.profile.findUnique({ where: { id: "visitor-1" } })).toMatchObject({ locale: "zh" });
      await again.$disconnect();

      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      const { rows } = await client.query(
        "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY 1",
      );
      await client.end();
      expect(rows.map((r) => r.migration_name)).toEqual(expect.arrayContaining(["20261122000000_init"]));
      expect(new Set(rows.map((r) => r.migration_name)).size).toBe(rows.length);

      // The command-line tools load the PostgreSQL client under plain Node (tsx), not only under Next and vitest.
      const tool = spawnSync(
        process.execPath,
        ["--import", "tsx", "lib/cli/user-role.ts", "nobody@example.com", "admin"],
        {
          env: { ...process.env, DATABASE_URL: database.url },
          encoding: "utf8",
        },
      );
      expect(tool.stderr + tool.stdout).toMatch(/no account with the email nobody@example\.com/i);
    } finally {
      await dropDatabases(postgres!.server, name);
    }
  });
});
