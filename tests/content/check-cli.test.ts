import { spawnSync } from "node:child_process";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { contentRootWith, DEFECTS, FIXTURES } from "../helpers/content-fixtures";

const CLI = path.resolve("lib/cli/content-check.ts");
const TSX = pathToFileURL(path.resolve("node_modules/tsx/dist/loader.mjs")).href;

/** The valid base in a temporary folder, with `public/` beside it as the CLI expects. */
function root(): string {
  const { root } = contentRootWith();
  cpSync(path.join(FIXTURES, "public"), path.join(path.dirname(root), "public"), { recursive: true });
  return root;
}

function run(dir: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", TSX, CLI, "--dir", dir, "--no-cache", ...args], { encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function edit(file: string, from: string, to: string) {
  const before = readFileSync(file, "utf8");
  expect(before.includes(from), `${file}: ${from}`).toBe(true);
  writeFileSync(file, before.replace(from, to));
}

describe("content:check --json and --strict-fairness", () => {
  it("prints the fairness figures per bank and overall; fairness warnings fail only with --strict-fairness", () => {
    const dir = root();
    cpSync(path.join(FIXTURES, "fairness", "position"), dir, { recursive: true });
    const r = run(dir, "--json");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.ok).toBe(true);
    expect(out.counts.byType.single).toBe(6);
    expect(out.fairness.overall.single).toEqual({ questions: 6, positions: { A: 5, B: 1 }, longestCorrect: 1, longestCorrectShare: 1 / 6 });
    expect(out.fairness.overall.multiple).toEqual({ questions: 1, correctCounts: { "2": 1 }, optionCounts: { "3": 1 } });
    expect(out.fairness.banks.map((b: { bank: string; flagged: string[] }) => [b.bank, b.flagged])).toEqual([["demo/basics", []], ["demo/extra", ["fairness-position"]]]);
    expect(out.fairness.warnings.map((w: { rule: string; line: number }) => `${w.rule}:${w.line}`)).toEqual(["fairness-position:1", "fairness-position:1"]);
    expect(out.warnings.filter((w: { rule: string }) => w.rule.startsWith("fairness"))).toEqual([]);

    const human = run(dir);
    expect(human.status).toBe(0);
    expect(human.stdout).toMatch(/^answer-key fairness\s+single\s+correct position/m);
    expect(human.stdout).toMatch(/^overall\s+6\s+A:83% B:17%\s+17%\s+1\s+2:100%$/m);
    expect(human.stdout).toMatch(/^demo\/extra\s+5\s+A:100%/m);
    expect(human.stdout).toMatch(/2 fairness warning\(s\) \(not failing: add --strict-fairness\)/);

    const strict = run(dir, "--strict-fairness");
    expect(strict.status).toBe(1);
    expect(strict.stdout).toMatch(/^✗ 0 error\(s\)/m);
  });
});

describe("content:check --json with article freshness warnings", () => {
  it("lists dated-claim-unsourced like any other warning (file, line, column, rule, message) and still exits 0", () => {
    const dir = root();
    cpSync(path.join(DEFECTS, "dated-claim-unsourced"), dir, { recursive: true });
    const r = run(dir, "--json");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.counts.articles).toBe(2);
    expect(out.warnings).toEqual([
      {
        file: path.relative(process.cwd(), path.join(dir, "articles/extra.en.md")),
        line: 9,
        column: 17,
        rule: "dated-claim-unsourced",
        message: expect.stringMatching(/^article "extra" makes a dated claim \("As of November 2026"\)/),
      },
    ]);
  });
});

describe("content:check --stale", () => {
  it("lists the stale questions of volatile topics, never-verified first, then oldest first (ties in file order), and exits 0", () => {
    const dir = root();
    edit(path.join(dir, "topics.yml"), "- id: demo\n", "- id: demo\n  volatile: true\n");
    const en = path.join(dir, "banks/demo/basics.en.md");
    edit(en, "id: demo-open\n", "id: demo-open\nlastVerified: 2025-06-01\n");
    edit(en, "id: demo-single\n", "id: demo-single\nlastVerified: 2026-06-01\n");
    edit(en, "id: demo-cloze\n", "id: demo-cloze\nlastVerified: 2024-01-15\n");
    const r = run(dir, "--stale", "--now", "2026-11-22");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split("\n");
    const rel = path.relative(process.cwd(), en);
    expect(lines.map((l) => l.replace(/^(\S+):\d+ {2}/, "$1  "))).toEqual([
      `${rel}  demo-multiple  never verified`,
      `${rel}  demo-boolean  never verified`,
      `${rel}  demo-code  never verified`,
      `${rel}  demo-cloze  2024-01-15`,
      `${rel}  demo-open  2025-06-01`,
      "5 question(s) in volatile topics need re-checking (never verified, or more than 365 days before 2026-11-22)",
    ]);
    // The clock decides: a year earlier, demo-open (2025-06-01) is still fresh.
    const earlier = JSON.parse(run(dir, "--stale", "--json", "--now", "2025-11-22").stdout);
    expect(earlier.stale.map((s: { id: string }) => s.id)).toEqual(["demo-multiple", "demo-boolean", "demo-code", "demo-cloze"]);
    expect(earlier.stale[3]).toMatchObject({ file: rel, lastVerified: "2024-01-15" });
  });

  it("rejects a malformed --now", () => {
    const r = run(root(), "--stale", "--now", "22/11/2026");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--now must be a date like 2026-11-22/);
    const impossible = run(root(), "--stale", "--now", "2026-02-30");
    expect(impossible.status).toBe(2);
    expect(impossible.stderr).toMatch(/--now is not a valid date: 2026-02-30/);
  });
});
