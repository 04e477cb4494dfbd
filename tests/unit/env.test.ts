import path from "node:path";
import { describe, expect, it } from "vitest";
import { databaseOf, dataFolder, EnvError, graderConfigOf, isProduction, readEnv } from "@/lib/env";

describe("environment variables", () => {
  it("needs nothing for the default setup", () => {
    const env = readEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBe("file:./data/app.db");
    expect(databaseOf(env)).toEqual({ provider: "sqlite", file: path.resolve("data/app.db") });
    expect(dataFolder(env)).toBe(path.resolve("data"));
  });

  it("switches to PostgreSQL for a postgresql:// or postgres:// address", () => {
    const url = "postgresql://goldmine:secret@db.internal:5432/goldmine";
    expect(databaseOf(readEnv({ DATABASE_URL: url }))).toEqual({ provider: "postgresql", url });
    expect(databaseOf(readEnv({ DATABASE_URL: "postgres://db/goldmine" })).provider).toBe("postgresql");
    expect(databaseOf(readEnv({ DATABASE_URL: "file:/srv/goldmine/app.db" }))).toEqual({
      provider: "sqlite",
      file: "/srv/goldmine/app.db",
    });
  });

  it("honours PORT", () => {
    expect(readEnv({ PORT: "4123" }).PORT).toBe(4123);
  });

  it("names the variable and the problem when a value is wrong", () => {
    expect(() => readEnv({ PORT: "http" })).toThrow(EnvError);
    expect(() => readEnv({ PORT: "http" })).toThrow(/PORT/);
    expect(() => readEnv({ DATABASE_URL: "mysql://x" })).toThrow(
      /DATABASE_URL: must be file:<path> for SQLite .* or postgresql:\/\//,
    );
    expect(() => readEnv({ DATABASE_URL: "file:" })).toThrow(/DATABASE_URL/);
    expect(() => readEnv({ DATABASE_URL: "postgresql://" })).toThrow(/DATABASE_URL/);
  });

  describe("in production", () => {
    const secret = "k3Jx9v0QyT2mWcB8rLpZ4sNdH6fAeG1u";
    const prod = { NODE_ENV: "production", SITE_URL: "https://goldmine.example.edu", SESSION_SECRET: secret };

    it("starts with a real secret and the site's address", () => {
      const env = readEnv(prod);
      expect(isProduction(env)).toBe(true);
      expect(env.SITE_URL).toBe("https://goldmine.example.edu");
    });

    it("refuses to start without a secret, with the documented example secret, or without SITE_URL", () => {
      expect(() => readEnv({ ...prod, SESSION_SECRET: undefined })).toThrow(
        /SESSION_SECRET: is required in production/,
      );
      expect(() =>
        readEnv({ ...prod, SESSION_SECRET: "replace-me-with-the-output-of-openssl-rand-base64-32" }),
      ).toThrow(/SESSION_SECRET: is the example value/);
      expect(() => readEnv({ ...prod, SESSION_SECRET: "short" })).toThrow(
        /SESSION_SECRET: must be at least 32 characters/,
      );
      expect(() => readEnv({ ...prod, SITE_URL: undefined })).toThrow(/SITE_URL: is required in production/);
      expect(() => readEnv({ ...prod, SITE_URL: "goldmine.example.edu" })).toThrow(
        /SITE_URL: must be an http\(s\) address/,
      );
    });

    it("needs no secret in local mode (npm start on one's own machine), where one is generated instead", () => {
      expect(isProduction(readEnv({ NODE_ENV: "production", GOLDMINE_MODE: "local" }))).toBe(false);
      expect(isProduction(readEnv({}))).toBe(false);
      expect(() => readEnv({ GOLDMINE_MODE: "production" })).toThrow(/SESSION_SECRET/);
    });
  });

  describe("the optional answer grader", () => {
    const ollama = { LLM_BASE_URL: "http://127.0.0.1:11434/v1/", LLM_MODEL: "qwen2.5:7b-instruct" };

    it("is off unless configured: nothing is sent anywhere", () => {
      expect(graderConfigOf(readEnv({}))).toBeNull();
      expect(graderConfigOf(readEnv({ LLM_BASE_URL: "", LLM_MODEL: " ", LLM_API_KEY: "" }))).toBeNull();
    });

    it("needs the endpoint and the model; the key is optional and the limits have defaults", () => {
      expect(graderConfigOf(readEnv(ollama))).toEqual({
        baseURL: "http://127.0.0.1:11434/v1",
        model: "qwen2.5:7b-instruct",
        apiKey: undefined,
        timeoutMs: 30_000,
        dailyLimit: 50,
      });
      const hosted = readEnv({
        LLM_BASE_URL: "https://api.example.com/v1",
        LLM_MODEL: "m",
        LLM_API_KEY: "sk-test",
        LLM_TIMEOUT_MS: "5000",
        LLM_DAILY_LIMIT: "10",
      });
      expect(graderConfigOf(hosted)).toMatchObject({ apiKey: "sk-test", timeoutMs: 5000, dailyLimit: 10 });
    });

    it("refuses half a configuration, naming the missing variable", () => {
      expect(() => readEnv({ LLM_BASE_URL: ollama.LLM_BASE_URL })).toThrow(
        /LLM_MODEL: is required when LLM_BASE_URL is set/,
      );
      expect(() => readEnv({ LLM_MODEL: ollama.LLM_MODEL })).toThrow(/LLM_BASE_URL: is required when LLM_MODEL is set/);
    });

    it("refuses an address that is not http(s) and limits out of range", () => {
      expect(() => readEnv({ ...ollama, LLM_BASE_URL: "127.0.0.1:11434" })).toThrow(
        /LLM_BASE_URL: must be an http\(s\) address/,
      );
      expect(() => readEnv({ ...ollama, LLM_TIMEOUT_MS: "10" })).toThrow(/LLM_TIMEOUT_MS/);
      expect(() => readEnv({ ...ollama, LLM_DAILY_LIMIT: "0" })).toThrow(/LLM_DAILY_LIMIT/);
    });
  });
  describe("outgoing mail", () => {
    it("needs nothing: without SMTP_URL mail goes to the local outbox, reset links work for an hour", () => {
      const env = readEnv({ SMTP_URL: "", MAIL_FROM: " " });
      expect(env.SMTP_URL).toBeUndefined();
      expect(env.MAIL_FROM).toBeUndefined();
      expect(env.PASSWORD_RESET_MINUTES).toBe(60);
    });

    it("takes smtp:// and smtps:// addresses with credentials, and a sender with or without a name", () => {
      expect(readEnv({ SMTP_URL: "smtp://127.0.0.1:2525" }).SMTP_URL).toBe("smtp://127.0.0.1:2525");
      expect(readEnv({ SMTP_URL: "smtps://u:p%40ss@smtp.example.edu:465" }).SMTP_URL).toBe(
        "smtps://u:p%40ss@smtp.example.edu:465",
      );
      expect(readEnv({ MAIL_FROM: "no-reply@example.edu" }).MAIL_FROM).toBe("no-reply@example.edu");
      expect(readEnv({ MAIL_FROM: "Goldmine 金矿 <no-reply@example.edu>" }).MAIL_FROM).toBe(
        "Goldmine 金矿 <no-reply@example.edu>",
      );
      expect(readEnv({ PASSWORD_RESET_MINUTES: "15" }).PASSWORD_RESET_MINUTES).toBe(15);
    });

    it("names the variable and says what is expected when a value is wrong", () => {
      expect(() => readEnv({ SMTP_URL: "smtp.example.edu:587" })).toThrow(
        /SMTP_URL: must be smtp:\/\/user:password@host:587 or smtps:\/\/user:password@host:465/,
      );
      expect(() => readEnv({ SMTP_URL: "http://smtp.example.edu" })).toThrow(/SMTP_URL: must be smtp:\/\//);
      expect(() => readEnv({ MAIL_FROM: "Goldmine" })).toThrow(/MAIL_FROM: must be an address such as/);
      expect(() => readEnv({ MAIL_FROM: "Goldmine <no-reply>" })).toThrow(/MAIL_FROM/);
      expect(() => readEnv({ PASSWORD_RESET_MINUTES: "1" })).toThrow(/PASSWORD_RESET_MINUTES/);
      expect(() => readEnv({ PASSWORD_RESET_MINUTES: "soon" })).toThrow(/PASSWORD_RESET_MINUTES/);
    });

    it("starts in production without SMTP (reset is then switched off, see mail.test.ts)", () => {
      const env = readEnv({
        NODE_ENV: "production",
        SITE_URL: "https://goldmine.example.edu",
        SESSION_SECRET: "k3Jx9v0QyT2mWcB8rLpZ4sNdH6fAeG1u",
      });
      expect(isProduction(env)).toBe(true);
      expect(env.SMTP_URL).toBeUndefined();
    });
  });
});
