import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@prisma/client";
import { readEnv, sqlitePath } from "../env";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function createClient(): PrismaClient {
  // busy timeout: a writer waits for another instead of failing with SQLITE_BUSY.
  const adapter = new PrismaBetterSQLite3({ url: sqlitePath(readEnv()), timeout: 5000 });
  return new PrismaClient({ adapter });
}

/** One client per process (the dev server's hot reload would otherwise open a new one per edit). */
export const prisma = globalForPrisma.prisma ?? createClient();
if (readEnv().NODE_ENV !== "production") globalForPrisma.prisma = prisma;
