import type { TestProject } from "vitest/node";
import { prepareDatabase } from "@/lib/cli/prepare-database";
import { dropDatabases, onServer, uniqueName, withDatabase } from "./postgres-databases";

declare module "vitest" {
  export interface ProvidedContext {
    /** With TEST_POSTGRES_URL: a migrated database that createTempDatabase() copies, and the prefix of the copies. */
    postgres: { server: string; template: string; prefix: string } | null;
  }
}

let cleanup: (() => Promise<void>) | undefined;

/**
 * vitest's global setup. With TEST_POSTGRES_URL (a server we may create databases on), migrates one template
 * database through the real `prisma migrate deploy`; each test file's createTempDatabase() then copies it
 * (CREATE DATABASE … TEMPLATE, a fraction of a second) instead of migrating again. Everything is dropped at the end.
 */
export async function setup(project: TestProject): Promise<void> {
  const server = process.env.TEST_POSTGRES_URL;
  if (!server) {
    project.provide("postgres", null);
    return;
  }
  const prefix = uniqueName("goldmine_test");
  const template = `${prefix}_template`;
  await onServer(server, (client) => client.query(`CREATE DATABASE "${template}"`));
  cleanup = () => dropDatabases(server, prefix);
  await prepareDatabase({ provider: "postgresql", url: withDatabase(server, template) });
  project.provide("postgres", { server, template, prefix });
}

export async function teardown(): Promise<void> {
  await cleanup?.();
}
