/**
 * prisma/schema.prisma (SQLite) is the one data model. PostgreSQL needs its own schema file only because Prisma
 * generates a client per provider; this derives it, so the two can differ in nothing but the lines below.
 */
export const POSTGRES_CLIENT_OUTPUT = "../../node_modules/.prisma/client-postgresql";

const HEADER = [
  "// GENERATED from prisma/schema.prisma by `npm run db:schemas`: edit that file, never this one.",
  "// PostgreSQL's client (lib/db/connect.ts) and migrations (prisma/postgresql/migrations) come from here.",
].join("\n");

export class SchemaConversionError extends Error {}

function replaceOnce(source: string, pattern: RegExp, replacement: string, what: string): string {
  if (!pattern.test(source)) throw new SchemaConversionError(`prisma/schema.prisma: expected ${what}`);
  return source.replace(pattern, replacement);
}

/** The PostgreSQL schema for a SQLite schema text. Refuses SQLite-only native types, which would not carry over. */
export function toPostgresSchema(sqlite: string): string {
  const native = /@db\.\w+/.exec(sqlite);
  if (native)
    throw new SchemaConversionError(
      `prisma/schema.prisma: ${native[0]} is a native type of one provider; the data model must stay portable`,
    );
  let schema = sqlite.replace(/^(\/\/[^\n]*\n)+/, "");
  schema = replaceOnce(
    schema,
    /(generator client \{[^}]*?engineType\s*=\s*"client"\n)/,
    `$1  output     = "${POSTGRES_CLIENT_OUTPUT}"\n`,
    'generator client { … engineType = "client" }',
  );
  schema = replaceOnce(
    schema,
    /datasource db \{[^}]*\}/,
    [
      "datasource db {",
      '  provider = "postgresql"',
      "  // A placeholder for the CLI: the app and migrations connect through the pg adapter (lib/env.ts reads DATABASE_URL).",
      '  url      = "postgresql://localhost/goldmine"',
      "}",
    ].join("\n"),
    "a datasource db { … } block",
  );
  return `${HEADER}\n${schema}`;
}
