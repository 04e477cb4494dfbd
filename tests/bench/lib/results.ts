import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export const RESULTS_DIR = "bench-results";

/** Writes one benchmark's figures to bench-results/<name>.json (gitignored), with when and where they were measured. */
export function writeResult(name: string, figures: unknown): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.json`);
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    loadAverage: os.loadavg(),
  };
  writeFileSync(
    file,
    `${JSON.stringify({ benchmark: name, measuredAt: new Date().toISOString(), machine, figures }, null, 2)}\n`,
  );
  return file;
}

/** A pass/fail line for the terminal summary. */
export const verdict = (ok: boolean, text: string): string => `${ok ? "✓" : "✗"} ${text}`;
