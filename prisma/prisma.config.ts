import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";
import { databaseOf } from "../lib/env";

// Used as `prisma … --config prisma/prisma.config.ts` (see package.json). The Rust engines cannot be downloaded here: the CLI runs the WASM schema engine through this adapter.
// PostgreSQL has its own config beside its generated schema: prisma/postgresql/prisma.config.ts.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  // Relative to this file.
  schema: "schema.prisma",
  migrations: { path: "migrations" },
  async adapter() {
    const database = databaseOf();
    if (database.provider !== "sqlite")
      throw new Error("prisma/prisma.config.ts is SQLite's: for PostgreSQL use prisma/postgresql/prisma.config.ts");
    mkdirSync(path.dirname(database.file), { recursive: true });
    // Waits for a running server's write to finish instead of failing: user:role and demo:seed run beside it.
    return new PrismaBetterSQLite3({ url: database.file, timeout: 10_000 });
  },
});
