import { ensurePython } from "./python";
import { bin, runOrExit, script } from "./run";

/** `npm test`: content check, type check, unit + content + integration tests, then browser journeys. */
const steps: [string, [string, string[]]][] = [
  ["content check", script("lib/cli/content-check.ts")],
  ["type check", [bin("tsc"), ["--noEmit"]]],
  ["vitest", [bin("vitest"), ["run", "--config", "tests/vitest.config.ts"]]],
  ["playwright", script("lib/cli/e2e.ts")],
];
process.env.PYTHON = ensurePython();
for (const [name, [cmd, args]] of steps) {
  console.log(`\n━━ ${name} ━━`);
  await runOrExit(cmd, args);
}
console.log("\n✓ all tests passed");
