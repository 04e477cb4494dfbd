import path from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError, readEnv, sqlitePath } from "@/lib/env";

describe("environment variables", () => {
  it("needs nothing for the default setup", () => {
    const env = readEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBe("file:./data/app.db");
    expect(sqlitePath(env)).toBe(path.resolve("data/app.db"));
  });

  it("honours PORT", () => {
    expect(readEnv({ PORT: "4123" }).PORT).toBe(4123);
  });

  it("names the variable and the problem when a value is wrong", () => {
    expect(() => readEnv({ PORT: "http" })).toThrow(EnvError);
    expect(() => readEnv({ PORT: "http" })).toThrow(/PORT/);
    expect(() => readEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL: only SQLite/);
  });
});
