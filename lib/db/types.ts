import type { Prisma, PrismaClient } from "@prisma/client";

/** A client or an open transaction: services take either, so callers decide the transaction boundary. */
export type Db = PrismaClient | Prisma.TransactionClient;
