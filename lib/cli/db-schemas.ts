import { readFileSync, writeFileSync } from "node:fs";
import { toPostgresSchema } from "../db/postgres-schema";
import { PROVIDERS } from "./migration-diff";
import { bin, runOrExit } from "./run";

/**
 * `npm run db:schemas`: writes prisma/postgresql/schema.prisma from prisma/schema.prisma and generates both
 * providers' clients. `npm run db:new-migration` does this too; tests/integration/schema-drift.test.ts checks it was done.
 */
export function writePostgresSchema(): void {
  writeFileSync(PROVIDERS.postgresql.schema, toPostgresSchema(readFileSync(PROVIDERS.sqlite.schema, "utf8")));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writePostgresSchema();
  console.log(`✓ ${PROVIDERS.postgresql.schema} written from ${PROVIDERS.sqlite.schema}`);
  for (const provider of ["sqlite", "postgresql"] as const)
    await runOrExit(bin("prisma"), ["generate", "--config", PROVIDERS[provider].config]);
}
