import { PrismaPg } from "@prisma/adapter-pg";
import { createRequire } from "node:module";
import { PrismaClient } from "@prisma/client";
import type { Database } from "../env";
import { sqliteAdapter } from "./sqlite-adapter";

type PostgresClientModule = typeof import(".prisma/client-postgresql");

/**
 * The client generated from prisma/postgresql/schema.prisma into node_modules/.prisma/client-postgresql (a dot
 * folder, which npm leaves alone, like @prisma/client's own .prisma/client). Node's ESM resolver refuses a
 * package name starting with a dot, so it is required the way @prisma/client requires .prisma/client.
 */
const loadPostgresClient = () => createRequire(import.meta.url)(".prisma/client-postgresql") as PostgresClientModule;

/**
 * A Prisma client for the configured database. Prisma generates one client per provider, and an adapter only
 * works with its own provider's client, so PostgreSQL uses the client generated from prisma/postgresql/schema.prisma.
 */
export function connectDatabase(database: Database, options: { poolSize?: number } = {}): PrismaClient {
  if (database.provider === "sqlite") {
    return new PrismaClient({ adapter: sqliteAdapter(database.file) });
  }
  const { PrismaClient: PostgresPrismaClient } = loadPostgresClient();
  const client = new PostgresPrismaClient({
    adapter: new PrismaPg({ connectionString: database.url, max: options.poolSize ?? 10 }),
  });
  // The one place the PostgreSQL client is seen as the app's PrismaClient type (lib/db/types.ts), and why that is
  // safe: both clients are generated from the same models (prisma/postgresql/schema.prisma is derived from
  // prisma/schema.prisma, and tests/integration/schema-drift.test.ts fails if it is not), so every model delegate,
  // argument and result type is the same. Only raw SQL differs by provider, and it asks providerOf() first.
  return client as unknown as PrismaClient;
}
