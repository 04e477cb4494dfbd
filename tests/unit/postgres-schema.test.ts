import { describe, expect, it } from "vitest";
import { POSTGRES_CLIENT_OUTPUT, SchemaConversionError, toPostgresSchema } from "@/lib/db/postgres-schema";

const schema = `// The data model.
generator client {
  provider   = "prisma-client-js"
  engineType = "client"
}

datasource db {
  provider = "sqlite"
  url      = "file:./data/app.db"
}

model Profile {
  id String @id
}
`;

describe("the PostgreSQL schema derived from the SQLite one", () => {
  it("changes only the provider, the address placeholder and the client's output folder", () => {
    const pg = toPostgresSchema(schema);
    expect(pg).toContain('provider = "postgresql"');
    expect(pg).not.toContain("sqlite");
    expect(pg).toContain(`output     = "${POSTGRES_CLIENT_OUTPUT}"`);
    expect(pg).toMatch(/^\/\/ GENERATED from prisma\/schema\.prisma/);
    expect(pg.slice(pg.indexOf("model Profile"))).toBe(schema.slice(schema.indexOf("model Profile")));
  });

  it("refuses a native type that only one provider has, naming it", () => {
    expect(() => toPostgresSchema(schema.replace("id String @id", "id String @id @db.Text"))).toThrow(
      SchemaConversionError,
    );
    expect(() => toPostgresSchema(schema.replace("id String @id", "id String @id @db.Text"))).toThrow(/@db\.Text/);
  });

  it("says what it expected when the generator or datasource block is missing", () => {
    expect(() => toPostgresSchema(schema.replace(/datasource db \{[^}]*\}/, ""))).toThrow(/datasource db/);
  });
});
