import { bin, runOrExit } from "./run";

/** `npm test`: content check, type check, unit + content + integration tests, then browser journeys. */
const steps: [string, string, string[]][] = [
  ["content check", bin("tsx"), ["lib/cli/content-check.ts"]],
  ["type check", bin("tsc"), ["--noEmit"]],
  ["vitest", bin("vitest"), ["run"]],
  ["playwright", bin("tsx"), ["lib/cli/e2e.ts"]],
];
for (const [name, cmd, args] of steps) {
  console.log(`\n━━ ${name} ━━`);
  await runOrExit(cmd, args);
}
console.log("\n✓ all tests passed");
