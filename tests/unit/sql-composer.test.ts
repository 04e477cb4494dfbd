import { describe, expect, it } from "vitest";
import { join, raw, sql } from "@/lib/db/sql";

describe("the SQL composer the sync statements use", () => {
  it("keeps values as parameters, with each database's placeholders, through nested fragments", () => {
    const rows = join([sql`(${"a"}, ${1})`, sql`(${"b"}, ${2})`]);
    const statement = sql`INSERT INTO "T" ("k", "v") VALUES ${rows} ON CONFLICT DO NOTHING ${raw("-- end")}`;
    expect(statement.sql).toBe('INSERT INTO "T" ("k", "v") VALUES (?, ?), (?, ?) ON CONFLICT DO NOTHING -- end');
    expect(statement.text).toBe('INSERT INTO "T" ("k", "v") VALUES ($1, $2), ($3, $4) ON CONFLICT DO NOTHING -- end');
    expect(statement.values).toEqual(["a", 1, "b", 2]);
  });

  it("joins plain values and refuses an empty list (an empty IN () is not SQL)", () => {
    const list = sql`WHERE "id" IN (${join(["x", "y'; DROP TABLE t; --"])}) AND "n" = ${3}`;
    expect(list.text).toBe('WHERE "id" IN ($1, $2) AND "n" = $3');
    expect(list.values).toEqual(["x", "y'; DROP TABLE t; --", 3]);
    expect(() => join([])).toThrow();
  });
});
