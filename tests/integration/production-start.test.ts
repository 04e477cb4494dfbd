import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// The real `npm start` entry point: it checks the environment before building or serving anything.
const start = (env: Record<string, string>) =>
  spawnSync(process.execPath, ["--import", "tsx", "lib/cli/start.ts"], {
    env: { ...process.env, SESSION_SECRET: undefined, SITE_URL: undefined, GOLDMINE_MODE: undefined, ...env },
    encoding: "utf8",
    timeout: 60_000,
  });

describe("npm start in production", () => {
  it("refuses to start without SESSION_SECRET, and says which variable and how to make one", () => {
    const result = start({ NODE_ENV: "production", SITE_URL: "https://goldmine.example.edu" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      "SESSION_SECRET: is required in production (generate one with: openssl rand -base64 32)",
    );
  });

  it("refuses the example secret from the docs", () => {
    const result = start({
      NODE_ENV: "production",
      SITE_URL: "https://goldmine.example.edu",
      SESSION_SECRET: "replace-me-with-the-output-of-openssl-rand-base64-32",
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("SESSION_SECRET: is the example value");
  });
});
