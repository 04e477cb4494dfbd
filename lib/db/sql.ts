import { Prisma } from "@prisma/client";

/**
 * Prisma's SQL builder (parameters stay parameters, never text), for services that compose a raw statement from
 * parts, such as a multi-row INSERT. Here so that the pure domain folders, which may not import the database client,
 * can build one and hand it to the `db` they are given.
 */
export type Sql = Prisma.Sql;
export const sql = (strings: readonly string[], ...values: unknown[]): Sql => Prisma.sql(strings, ...values);
export const join = (values: readonly unknown[], separator = ", "): Sql => Prisma.join(values, separator);
export const raw = (text: string): Sql => Prisma.raw(text);
