import { defineConfig } from "prisma/config";
import { migrationAdapter } from "../../lib/db/migration-pg-adapter";
import { databaseOf } from "../../lib/env";

// `prisma … --config prisma/postgresql/prisma.config.ts`: the PostgreSQL twin of prisma/prisma.config.ts, for the
// schema generated from prisma/schema.prisma (npm run db:schemas). The CLI runs the WASM schema engine through the pg adapter.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  // Relative to this file.
  schema: "schema.prisma",
  migrations: { path: "migrations" },
  async adapter() {
    const database = databaseOf();
    if (database.provider !== "postgresql")
      throw new Error("prisma/postgresql/prisma.config.ts needs DATABASE_URL=postgresql://…");
    return migrationAdapter(database.url);
  },
});
