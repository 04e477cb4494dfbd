import "server-only";
import type { PrismaClient } from "@prisma/client";
import { databaseOf, readEnv } from "../env";
import { connectDatabase } from "./connect";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** One client per process (the dev server's hot reload would otherwise open a new one per edit). */
export const prisma = globalForPrisma.prisma ?? connectDatabase(databaseOf(readEnv()));
if (readEnv().NODE_ENV !== "production") globalForPrisma.prisma = prisma;
