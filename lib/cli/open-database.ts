import type { PrismaClient } from "@prisma/client";
import { databaseOf, readEnv, type Database } from "../env";
import { connectDatabase } from "../db/connect";
import { prepareDatabase } from "./prepare-database";

/**
 * A client for command-line tools (user:role, demo:seed): the configured database, migrated first so a tool run
 * before the first `npm start` still works. The app itself uses lib/db/client.ts.
 */
export async function openDatabase(database: Database = databaseOf(readEnv())): Promise<PrismaClient> {
  await prepareDatabase(database);
  return connectDatabase(database);
}
