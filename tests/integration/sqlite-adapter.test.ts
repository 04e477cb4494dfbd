import { afterAll, expect, test } from "vitest";
import { createTempDatabase } from "../helpers/temp-db";

const { database, db } = await createTempDatabase();
afterAll(() => db.$disconnect());

test("a write acknowledged while another request's transaction is open survives that transaction's rollback", async () => {
  const failing = db
    .$transaction(async (tx) => {
      await tx.profile.create({ data: { id: "written-in-the-failed-transaction" } });
      await new Promise((r) => setTimeout(r, 100));
      throw new Error("conflict: roll back");
    })
    .catch((e: Error) => e.message);
  await new Promise((r) => setTimeout(r, 20));
  await db.profile.create({ data: { id: "acknowledged-elsewhere" } });
  expect(await failing).toBe("conflict: roll back");
  expect((await db.profile.findMany()).map((p) => p.id)).toEqual(["acknowledged-elsewhere"]);
});

test.skipIf(database.provider !== "sqlite")(
  "the connection runs in WAL mode with synchronous=NORMAL and a busy timeout",
  async () => {
    const pragma = async (name: string) =>
      Object.values((await db.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`))[0]!)[0];
    expect(await pragma("journal_mode")).toBe("wal");
    // 1 = NORMAL: in WAL mode durable across a process crash (kill -9), see tests/bench/README.md.
    expect(Number(await pragma("synchronous"))).toBe(1);
    expect(Number(await pragma("busy_timeout"))).toBe(5000);
  },
);
