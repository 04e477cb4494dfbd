import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "@/lib/content/markdown/parse";
import { sectionName } from "@/lib/content/sections";

/** Every Python reference solution must run as written (its asserts are the test). Identical code is run once. */
const run = promisify(execFile);
const python = process.env.PYTHON ?? "/usr/bin/python3";

function pythonSolutions(): Map<string, string> {
  const out = new Map<string, string>();
  const root = "content/banks";
  for (const topic of readdirSync(root)) {
    for (const file of readdirSync(path.join(root, topic))) {
      const tree = parseMarkdown(readFileSync(path.join(root, topic, file), "utf8"));
      let inSolution = false;
      for (const node of tree.children) {
        if (node.type === "heading" && node.depth <= 3) {
          inSolution = node.depth === 3 && sectionName(node) === "solution";
        } else if (inSolution && node.type === "code" && /^py(thon)?3?$/.test(node.lang ?? "")) {
          out.set(node.value, `${topic}/${file}:${node.position?.start.line}`);
        }
      }
    }
  }
  return out;
}

describe("coding questions", () => {
  const solutions = [...pythonSolutions()];

  it("have Python reference solutions", () => {
    expect(solutions.length).toBeGreaterThanOrEqual(25);
  });

  it.concurrent.each(solutions.map(([code, where]) => [where, code]))("%s runs without error", async (_where, code) => {
    const { stderr } = await run(python, ["-c", code], { timeout: 30_000 });
    expect(stderr).toBe("");
  });
});
