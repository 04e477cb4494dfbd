import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "../../lib/cli/args";
import { run } from "../../lib/cli/run";
import { RESULTS_DIR, writeResult } from "./lib/results";

/**
 * `npm run bench [-- --only load,crash]`: every benchmark in turn against a production build on this machine,
 * each writing bench-results/<name>.json; then one summary. Run it on an otherwise idle machine: the figures
 * are wall-clock on 2 cores.
 */
type Step = { name: string; script: string; args?: string[]; env?: Record<string, string> };

const STEPS: Step[] = [
  { name: "weight", script: "bench:weight" },
  { name: "lighthouse", script: "bench:lighthouse" },
  { name: "load", script: "bench:load", args: ["--users", "50", "--seconds", "30"] },
  {
    name: "load-paced",
    script: "bench:load",
    args: ["--users", "50", "--seconds", "30", "--rate", "1", "--label", "paced", "--no-pages"],
  },
  { name: "crash", script: "bench:crash", args: ["--cycles", "50"] },
  { name: "review", script: "bench:review" },
  { name: "dashboard", script: "bench:dashboard" },
  { name: "search", script: "bench:search" },
  { name: "content", script: "bench:content" },
  { name: "search-size", script: "size:search" },
];

const { values } = parseArgs(process.argv.slice(2), { values: ["only"] });
const only = values.only?.split(",").map((s) => s.trim());
const unknown = only?.filter((n) => !STEPS.some((s) => s.name === n));
if (unknown?.length) {
  console.error(`unknown benchmark(s): ${unknown.join(", ")}; choose from ${STEPS.map((s) => s.name).join(", ")}`);
  process.exit(2);
}

const outcomes: { name: string; exitCode: number; seconds: number }[] = [];
for (const step of STEPS.filter((s) => !only || only.includes(s.name))) {
  console.log(`\n━━ ${step.name} (npm run ${step.script}${step.args ? ` -- ${step.args.join(" ")}` : ""}) ━━`);
  const started = performance.now();
  const exitCode = await run("npm", ["run", "--silent", step.script, ...(step.args ? ["--", ...step.args] : [])], {
    env: { ...process.env, ...step.env },
  });
  outcomes.push({ name: step.name, exitCode, seconds: Math.round((performance.now() - started) / 1000) });
}

const results = Object.fromEntries(
  readdirSync(RESULTS_DIR)
    .filter((f) => f.endsWith(".json") && f !== "summary.json")
    .map((f) => [
      path.basename(f, ".json"),
      JSON.parse(readFileSync(path.join(RESULTS_DIR, f), "utf8")).measuredAt as string,
    ]),
);
writeResult("summary", { outcomes, resultFiles: results });
console.log("\n━━ summary ━━");
for (const o of outcomes)
  console.log(
    `${o.exitCode === 0 ? "✓" : "✗"} ${o.name.padEnd(12)} ${String(o.seconds).padStart(5)} s${o.exitCode === 0 ? "" : `  (exit ${o.exitCode}: a target was missed or the run failed; see above)`}`,
  );
console.log(`figures: ${RESULTS_DIR}/*.json; what each one means: tests/bench/README.md`);
process.exitCode = outcomes.every((o) => o.exitCode === 0) ? 0 : 1;
