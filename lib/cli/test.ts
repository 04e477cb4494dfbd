import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ensureChromium } from "./chromium";
import { startPrivatePostgres } from "./private-postgres";
import { ensurePython } from "./python";
import { bin, run, runOrExit, script } from "./run";

/**
 * `npm test`: lint, format check, content check, type check, unit + content + integration tests, browser journeys;
 * then, on a private PostgreSQL server, the integration tests again and two app instances sharing one database.
 */
const reports = mkdtempSync(path.join(tmpdir(), "goldmine-test-"));
const report = (name: string) => path.join(reports, `${name}.json`);
const vitest = (name: string, ...files: string[]): [string, string[]] => [
  bin("vitest"),
  [
    "run",
    "--config",
    "tests/vitest.config.ts",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report(name)}`,
    ...files,
  ],
];

const steps: [string, [string, string[]], Record<string, string>?][] = [
  // The package.json scripts, so `npm test` checks exactly what `npm run lint` and `npm run format:check` do.
  ["lint", ["npm", ["run", "--silent", "lint"]]],
  ["format check", ["npm", ["run", "--silent", "format:check"]]],
  ["content check", script("lib/cli/content-check.ts")],
  ["type check", [bin("tsc"), ["--noEmit"]]],
  ["vitest", vitest("vitest")],
  [
    "playwright",
    script("lib/cli/e2e.ts", "--reporter=list,json"),
    { PLAYWRIGHT_JSON_OUTPUT_NAME: report("playwright") },
  ],
];
process.env.PYTHON = ensurePython();
for (const [name, [cmd, args], env] of steps) {
  console.log(`\n━━ ${name} ━━`);
  await runOrExit(cmd, args, { env: { ...process.env, ...env } });
}

console.log("\n━━ PostgreSQL: integration tests, then two app instances on one database ━━");
const started = Date.now();
const postgres = await startPrivatePostgres();
const stop = () => postgres.stop();
process.on("SIGINT", () => (stop(), process.exit(130)));
process.on("SIGTERM", () => (stop(), process.exit(143)));
let failed: string | undefined;
try {
  console.log(`▶ private server on 127.0.0.1:${postgres.port} (${postgres.folder})`);
  const env = { ...process.env, TEST_POSTGRES_URL: postgres.url };
  const pgSteps: [string, [string, string[]], Record<string, string>][] = [
    ["vitest on PostgreSQL", vitest("vitest-postgres", "tests/integration"), {}],
    [
      "two instances",
      [bin("playwright"), ["test", "--config", "tests/e2e-pg/playwright.config.ts", "--reporter=list,json"]],
      { PLAYWRIGHT_JSON_OUTPUT_NAME: report("playwright-postgres"), CHROMIUM_PATH: ensureChromium() },
    ],
  ];
  for (const [name, [cmd, args], extra] of pgSteps) {
    console.log(`\n━━ ${name} ━━`);
    const code = await run(cmd, args, { env: { ...env, ...extra } });
    if (code !== 0) {
      failed = `${name} failed (exit ${code})`;
      break;
    }
  }
} finally {
  stop();
}
console.log(`\nPostgreSQL part: ${((Date.now() - started) / 1000).toFixed(0)} s`);
if (failed) {
  console.error(`✗ ${failed}`);
  process.exit(1);
}

// One closing line in the plain "N passed, N failed" form, summing every runner.
type VitestReport = { numPassedTests: number; numFailedTests: number };
type PlaywrightReport = { stats: { expected: number; unexpected: number; flaky: number } };
const read = <T>(name: string) => JSON.parse(readFileSync(report(name), "utf8")) as T;
const vitests = [read<VitestReport>("vitest"), read<VitestReport>("vitest-postgres")];
const playwrights = [read<PlaywrightReport>("playwright"), read<PlaywrightReport>("playwright-postgres")];
const vitestPassed = vitests.reduce((n, r) => n + r.numPassedTests, 0);
const playwrightPassed = playwrights.reduce((n, r) => n + r.stats.expected + r.stats.flaky, 0);
const passed = vitestPassed + playwrightPassed;
const failedCount =
  vitests.reduce((n, r) => n + r.numFailedTests, 0) + playwrights.reduce((n, r) => n + r.stats.unexpected, 0);
console.log(`\n✓ all tests passed (vitest ${vitestPassed}, playwright ${playwrightPassed}; SQLite and PostgreSQL)`);
console.log(`tests: ${passed} passed, ${failedCount} failed`);
