import { existsSync } from "node:fs";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { findPostgresBin, startPrivatePostgres } from "@/lib/cli/private-postgres";

const select = async (url: string, sql: string) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
};

describe("the private PostgreSQL server for tests", () => {
  it("finds Debian's binaries, or none when PG_BIN points nowhere", () => {
    expect(findPostgresBin({ PG_BIN: "/nonexistent" })).toBeUndefined();
  });

  it.skipIf(!findPostgresBin())(
    "starts on a loopback port in a temporary folder, answers queries, and is gone after stop",
    async () => {
      const server = await startPrivatePostgres();
      try {
        expect(server.url).toMatch(/^postgresql:\/\/goldmine@127\.0\.0\.1:\d+\/postgres$/);
        expect(existsSync(server.folder)).toBe(true);
        expect(
          await select(
            server.url,
            "SELECT current_setting('listen_addresses') AS listen, current_setting('fsync') AS fsync",
          ),
        ).toEqual([{ listen: "127.0.0.1", fsync: "off" }]);
      } finally {
        server.stop();
      }
      expect(existsSync(server.folder)).toBe(false);
      await expect(select(server.url, "SELECT 1")).rejects.toThrow(/ECONNREFUSED/);
    },
  );
});
