import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@prisma/client";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { prepareDatabase } from "@/lib/cli/prepare-database";

const clients: PrismaClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.$disconnect()));
});

function connect(file: string) {
  const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: file }) });
  clients.push(client);
  return client;
}

describe("the embedded SQLite database", () => {
  it("is created and migrated from nothing, in WAL mode", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "goldmine-db-")), "nested", "app.db");
    await prepareDatabase({ provider: "sqlite", file });
    const db = new Database(file, { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(["Profile", "_prisma_migrations"]));
    db.close();
  });

  it("keeps its data when prepared again (a second start)", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "goldmine-db-")), "app.db");
    await prepareDatabase({ provider: "sqlite", file });
    const before = connect(file);
    await before.profile.create({ data: { id: "visitor-1", locale: "zh" } });
    await before.$disconnect();

    await prepareDatabase({ provider: "sqlite", file });
    const after = connect(file);
    expect(await after.profile.findUnique({ where: { id: "visitor-1" } })).toMatchObject({
      id: "visitor-1",
      locale: "zh",
    });
  });
});
