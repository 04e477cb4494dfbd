import { afterEach, describe, expect, it, vi } from "vitest";

const request = vi.hoisted(() => ({ headers: {} as Record<string, string> }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(request.headers) }));
const { assertSameOrigin } = await import("@/lib/actions/assert-same-origin");

const SECRET = "a-test-secret-that-is-long-enough-0123456789";
const accepted = (headers: Record<string, string>) => {
  request.headers = headers;
  return assertSameOrigin().then(
    () => true,
    () => false,
  );
};

afterEach(() => {
  for (const name of ["GOLDMINE_MODE", "SITE_URL", "SESSION_SECRET", "TRUSTED_PROXIES"]) delete process.env[name];
});

describe("the Origin check of every server action", () => {
  it("locally, accepts the host the browser asked for, and refuses a missing, null or foreign Origin", async () => {
    const host = { host: "localhost:3000" };
    expect(await accepted({ ...host, origin: "http://localhost:3000" })).toBe(true);
    expect(await accepted(host)).toBe(false);
    expect(await accepted({ ...host, origin: "null" })).toBe(false);
    expect(await accepted({ ...host, origin: "https://evil.example" })).toBe(false);
  });

  it("does not take a client's X-Forwarded-Host as the site unless a trusted proxy is configured", async () => {
    const forged = { host: "localhost:3000", origin: "https://evil.example", "x-forwarded-host": "evil.example" };
    expect(await accepted(forged)).toBe(false);
    process.env.TRUSTED_PROXIES = "1";
    const proxied = { host: "10.0.0.11:3000", origin: "https://goldmine.example.edu" };
    expect(await accepted({ ...proxied, "x-forwarded-host": "goldmine.example.edu" })).toBe(true);
  });

  it("in a deployment, accepts only SITE_URL's origin, whatever the Host header says", async () => {
    Object.assign(process.env, {
      GOLDMINE_MODE: "production",
      SITE_URL: "https://goldmine.example.edu",
      SESSION_SECRET: SECRET,
    });
    expect(await accepted({ host: "goldmine.example.edu", origin: "https://goldmine.example.edu" })).toBe(true);
    expect(await accepted({ host: "evil.example", origin: "https://evil.example" })).toBe(false);
    expect(await accepted({ host: "10.0.0.11:3000", origin: "http://10.0.0.11:3000" })).toBe(false);
  });
});
