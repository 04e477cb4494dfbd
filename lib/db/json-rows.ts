import { providerOf } from "./provider";
import { join, raw, sql, type Sql } from "./sql";
import type { Db } from "./types";

export type ColumnType = "text" | "int" | "float" | "time";

const CASTS: Record<"sqlite" | "postgresql", Record<ColumnType, string>> = {
  sqlite: { text: "TEXT", int: "INTEGER", float: "REAL", time: "TEXT" },
  postgresql: { text: "text", int: "integer", float: "double precision", time: "timestamp(3)" },
};

/**
 * Many rows as one JSON parameter, unpacked by the database: a multi-row statement then costs Prisma one parameter
 * instead of one per value (it maps each parameter on every call, about 8 µs each: more than the SQLite write of
 * the row). Each row is an array; `types` says how to read each position. Dates are written as each adapter writes
 * them for Prisma's ORM: ISO text with "+00:00" on SQLite, a UTC timestamp(3) on PostgreSQL. The same `->>`
 * operator reads an array element on both (SQLite 3.38+); only the row source and the cast names differ.
 */
export function jsonRows(
  db: Db,
  rows: readonly (readonly unknown[])[],
  types: readonly ColumnType[],
): { columns: Sql; from: Sql } {
  const provider = providerOf(db);
  const json = JSON.stringify(rows);
  const columns = join(types.map((type, i) => raw(`CAST(j.value ->> ${i} AS ${CASTS[provider][type]})`)));
  const from =
    provider === "postgresql" ? sql`json_array_elements(${json}::json) AS j(value)` : sql`json_each(${json}) AS j`;
  return { columns, from };
}

/** A Date as the row's JSON carries it for this database (see jsonRows). */
export function jsonTime(db: Db, date: Date | null): string | null {
  if (!date) return null;
  return providerOf(db) === "sqlite" ? date.toISOString().replace("Z", "+00:00") : date.toISOString();
}

/** `IN (…)` over a list of strings sent as one JSON parameter. */
export function jsonStrings(db: Db, values: readonly string[]): Sql {
  const json = JSON.stringify(values);
  return providerOf(db) === "postgresql"
    ? sql`(SELECT json_array_elements_text(${json}::json))`
    : sql`(SELECT value FROM json_each(${json}))`;
}
