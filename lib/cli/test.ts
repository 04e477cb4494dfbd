import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ensurePython } from "./python";
import { bin, runOrExit, script } from "./run";

/** `npm test`: content check, type check, unit + content + integration tests, then browser journeys. */
const reports = mkdtempSync(path.join(tmpdir(), "goldmine-test-"));
const vitestReport = path.join(reports, "vitest.json");
const playwrightReport = path.join(reports, "playwright.json");

const steps: [string, [string, string[]], Record<string, string>?][] = [
  ["content check", script("lib/cli/content-check.ts")],
  ["type check", [bin("tsc"), ["--noEmit"]]],
  ["vitest", [bin("vitest"), ["run", "--config", "tests/vitest.config.ts", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestReport}`]]],
  ["playwright", script("lib/cli/e2e.ts", "--reporter=list,json"), { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport }],
];
process.env.PYTHON = ensurePython();
for (const [name, [cmd, args], env] of steps) {
  console.log(`\n━━ ${name} ━━`);
  await runOrExit(cmd, args, { env: { ...process.env, ...env } });
}

// One closing line in the plain "N passed, N failed" form, summing both runners.
const vitest = JSON.parse(readFileSync(vitestReport, "utf8")) as { numPassedTests: number; numFailedTests: number };
const playwright = JSON.parse(readFileSync(playwrightReport, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number } };
const passed = vitest.numPassedTests + playwright.stats.expected + playwright.stats.flaky;
const failed = vitest.numFailedTests + playwright.stats.unexpected;
console.log(`\n✓ all tests passed (vitest ${vitest.numPassedTests}, playwright ${playwright.stats.expected + playwright.stats.flaky})`);
console.log(`tests: ${passed} passed, ${failed} failed`);
