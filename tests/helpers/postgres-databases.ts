import { randomBytes } from "node:crypto";
import pg from "pg";

/** The test server's address with another database name (same host, user and options). */
export function withDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A name no other database on the server has: a run prefix and a random suffix, lower case as PostgreSQL folds it. */
export const uniqueName = (prefix: string) => `${prefix}_${randomBytes(6).toString("hex")}`;

/** Runs SQL on the server's maintenance database (CREATE/DROP DATABASE cannot run inside a database being copied). */
export async function onServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Drops every database whose name starts with the prefix, closing any connection a test left open. */
export async function dropDatabases(serverUrl: string, prefix: string): Promise<void> {
  await onServer(serverUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [
      `${prefix}%`,
    ]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
}
