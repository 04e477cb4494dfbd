import { describe, expect, it } from "vitest";
import { readEnv } from "@/lib/env";
import { configuredGrader, graderEndpoint } from "@/lib/grading/configured-grader";
import { retryAfterSeconds } from "@/lib/grading/openai-provider";

describe("the configured grader", () => {
  const env = readEnv({ LLM_BASE_URL: "http://127.0.0.1:11434/v1", LLM_MODEL: "qwen2.5:7b", LLM_API_KEY: "secret" });

  it("is null without configuration, so nothing is ever sent", () => {
    expect(configuredGrader(readEnv({}))).toBeNull();
    expect(graderEndpoint(readEnv({}))).toBeNull();
  });

  it("names the host and model for the settings page, never the key", () => {
    expect(graderEndpoint(env)).toEqual({ host: "127.0.0.1:11434", model: "qwen2.5:7b", dailyLimit: 50 });
    expect(JSON.stringify(graderEndpoint(env))).not.toContain("secret");
    expect(configuredGrader(env)).toMatchObject({ dailyLimit: 50, provider: { model: "qwen2.5:7b" } });
    expect(configuredGrader(env)).toBe(configuredGrader(env));
  });
});

describe("Retry-After", () => {
  const headers = (h: Record<string, string>) => new Headers(h);
  it("reads seconds, milliseconds or an HTTP date, and 0 when absent or unreadable", () => {
    expect(retryAfterSeconds(headers({ "retry-after": "12" }))).toBe(12);
    expect(retryAfterSeconds(headers({ "retry-after-ms": "1500" }))).toBe(2);
    const now = Date.parse("2026-12-07T04:00:00Z");
    expect(retryAfterSeconds(headers({ "retry-after": "Mon, 07 Dec 2026 04:01:00 GMT" }), now)).toBe(60);
    expect(retryAfterSeconds(headers({ "retry-after": "soon" }))).toBe(0);
    expect(retryAfterSeconds(headers({}))).toBe(0);
    expect(retryAfterSeconds(undefined)).toBe(0);
  });
});
