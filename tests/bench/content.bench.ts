import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "../../lib/cli/args";
import { script } from "../../lib/cli/run";
import { writeSyntheticContent } from "./synthetic-content";
import { writeResult } from "./lib/results";

/**
 * `npm run bench:content -- --questions 5000 [--scaling]`: generates N bilingual synthetic questions (math, code,
 * a diagram in every tenth) and runs the pipeline cold (empty cache) and warm (everything cached), each in a
 * fresh process so its peak memory is its own. --scaling also runs 2N and reports the time ratio.
 */
type Run = { ms: number; peakRssMB: number; questions: number; errors: number; parsed: number; cached: number };

function measure(dir: string, cacheDir: string): Run {
  const [node, args] = script(path.join("tests", "bench", "content-run.ts"), dir, cacheDir);
  const out = execFileSync(node, args, { encoding: "utf8", maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split("\n").pop()!) as Run;
}

function bench(questions: number) {
  const root = mkdtempSync(path.join(tmpdir(), "goldmine-bench-"));
  try {
    const dir = path.join(root, "content");
    writeSyntheticContent(dir, questions);
    const cacheDir = path.join(root, "cache");
    const cold = measure(dir, cacheDir);
    const warm = measure(dir, cacheDir);
    if (cold.errors || warm.errors || cold.questions !== questions)
      throw new Error(`synthetic content did not load cleanly: ${JSON.stringify(cold)}`);
    return {
      questions,
      files: cold.parsed,
      coldMs: cold.ms,
      warmMs: warm.ms,
      warmCachedFiles: warm.cached,
      peakRssMB: { cold: cold.peakRssMB, warm: warm.peakRssMB },
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const args = parseArgs(process.argv.slice(2), { values: ["questions"], flags: ["scaling"] });
const n = Number(args.values.questions ?? 5000);
if (!Number.isInteger(n) || n < 1) throw new Error("--questions must be a positive whole number");
const first = bench(n);
const result: Record<string, unknown> = { ...first };
if (args.flags.has("scaling")) {
  const second = bench(2 * n);
  result.double = second;
  result.coldRatio = Number((second.coldMs / first.coldMs).toFixed(2));
}
console.log(JSON.stringify(result, null, 2));
writeResult("content", result);
