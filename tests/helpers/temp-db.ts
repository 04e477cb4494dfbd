import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaClient } from "@prisma/client";
import { prepareDatabase } from "@/lib/db/prepare";
import { sqliteAdapter } from "@/lib/db/sqlite-adapter";

/** A real, migrated SQLite database in a temporary folder, and a client for it. Disconnect it in afterAll. */
export async function createTempDatabase(): Promise<{ file: string; db: PrismaClient }> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "goldmine-test-")), "app.db");
  await prepareDatabase(file);
  return { file, db: new PrismaClient({ adapter: sqliteAdapter(file) }) };
}
