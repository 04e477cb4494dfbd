import "server-only";
import { PrismaClient } from "@prisma/client";
import { readEnv, sqlitePath } from "../env";
import { sqliteAdapter } from "./sqlite-adapter";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function createClient(): PrismaClient {
  return new PrismaClient({ adapter: sqliteAdapter(sqlitePath(readEnv())) });
}

/** One client per process (the dev server's hot reload would otherwise open a new one per edit). */
export const prisma = globalForPrisma.prisma ?? createClient();
if (readEnv().NODE_ENV !== "production") globalForPrisma.prisma = prisma;
