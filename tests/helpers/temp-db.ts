import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { PrismaClient } from "@prisma/client";
import { inject } from "vitest";
import { connectDatabase } from "@/lib/db/connect";
import { prepareDatabase } from "@/lib/cli/prepare-database";
import type { Database } from "@/lib/env";
import { onServer, uniqueName, withDatabase } from "./postgres-databases";

/**
 * A real, migrated database and a client for it: a SQLite file in a temporary folder, or, when the tests run with
 * TEST_POSTGRES_URL, a fresh PostgreSQL database (a copy of the run's migrated template, dropped when the run ends).
 * Disconnect the client in afterAll.
 */
export async function createTempDatabase(): Promise<{ database: Database; db: PrismaClient }> {
  const postgres = inject("postgres");
  if (postgres) {
    const name = uniqueName(postgres.prefix);
    await onServer(postgres.server, (client) =>
      client.query(`CREATE DATABASE "${name}" TEMPLATE "${postgres.template}"`),
    );
    const database: Database = { provider: "postgresql", url: withDatabase(postgres.server, name) };
    return { database, db: connectDatabase(database, { poolSize: 5 }) };
  }
  const database: Database = {
    provider: "sqlite",
    file: path.join(mkdtempSync(path.join(tmpdir(), "goldmine-test-")), "app.db"),
  };
  await prepareDatabase(database);
  return { database, db: connectDatabase(database) };
}
