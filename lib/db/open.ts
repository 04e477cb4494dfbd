import { PrismaClient } from "@prisma/client";
import { readEnv, sqlitePath } from "../env";
import { prepareDatabase } from "./prepare";
import { sqliteAdapter } from "./sqlite-adapter";

/**
 * A client for command-line tools (user:role, demo:seed): the configured database, migrated first so a tool run
 * before the first `npm start` still works. The app itself uses lib/db/client.ts.
 */
export async function openDatabase(file = sqlitePath(readEnv())): Promise<PrismaClient> {
  await prepareDatabase(file);
  return new PrismaClient({ adapter: sqliteAdapter(file) });
}
