import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { contentRootWith } from "../helpers/content-fixtures";

/** Runs the real CLI from the repository root; the post and the content root are temp copies. */
function contentImport(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "lib/cli/content-import.ts", ...args], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempPost(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "goldmine-post-"));
  const file = path.join(dir, name);
  copyFileSync(path.resolve("tests/fixtures/import", name), file);
  return file;
}

describe("npm run content:import (end to end)", () => {
  it("writes the bank under banks/<topic>/, prints exactly the JSON summary, and the result passes the check", async () => {
    const { root, publicDir } = contentRootWith();
    const post = tempPost("ml-interview.zh.md");
    const r = contentImport(post, "--topic", "demo", "--dir", root, "--json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);

    const json = JSON.parse(r.stdout) as {
      questions: Record<string, unknown>[];
      skipped: { line: number; text: string }[];
      unclassified: unknown[];
      out: string;
    };
    expect(Object.keys(json)).toEqual(["questions", "skipped", "unclassified", "out"]);
    expect(json.questions).toHaveLength(8);
    for (const q of json.questions) expect(Object.keys(q)).toEqual(["id", "title", "sourceLine", "hasAnswer", "hasExplanation", "type", "draft"]);
    expect(json.questions[4]).toEqual({
      id: expect.stringMatching(/^demo-q-[0-9a-f]{8}$/),
      title: "什么是梯度消失？",
      sourceLine: 79,
      hasAnswer: false,
      hasExplanation: false,
      type: "open",
      draft: true,
    });
    expect(json.skipped.map((s) => s.line)).toEqual([13, 17, 81, 83, 103]);

    const out = path.join(root, "banks/demo/ml-interview.zh.md");
    expect(path.resolve(json.out)).toBe(out);
    expect(readFileSync(out, "utf8")).toContain("## 这一行也不是标题\ndef dropout(");
    const { snapshot } = await loadContent({ dir: root, publicDir });
    expect(snapshot.errors).toEqual([]);
    expect(snapshot.questions.filter((q) => q.bank === "demo/ml-interview").map((q) => q.id)).toEqual(json.questions.map((q) => q.id));

    // A second run refuses to overwrite, naming the file.
    const again = contentImport(post, "--topic", "demo", "--dir", root);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/banks\/demo\/ml-interview\.zh\.md already exists/);
  });

  it("prints a readable summary with --out and --lang, and leaves ids already used alone", () => {
    const { root } = contentRootWith();
    const post = tempPost("interview-qa.en.md");
    // An id the first question would get is already taken by another bank.
    mkdirSync(path.join(root, "banks/other"), { recursive: true });
    writeFileSync(
      path.join(root, "banks/other/existing.en.md"),
      "---\ntitle: Existing\ntopic: other\n---\n\n## Taken\n\n```meta\nid: other-what-is-the-bias-variance-trade-off\ntype: open\ndifficulty: easy\ndraft: true\n```\n\nTaken.\n",
    );
    const out = path.join(root, "banks/other/qa.en.md");
    const r = contentImport(post, "--topic", "other", "--dir", root, "--lang", "en", "--out", out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("6 question(s) found (en)");
    expect(r.stdout).toContain("with answers:    5 (1 of them code)");
    expect(r.stdout).toMatch(/without answers: 1\n {4}line 19 {2}How would you handle an imbalanced dataset\? {2}\[other-how-would-you-handle-an-imbalanced-dataset\]/);
    expect(r.stdout).toMatch(/skipped headings: 3\n {4}line 5 {2}Part 1: Basics\n {4}line 29 {2}Part 2: Coding\n {4}line 52 {2}Conclusion/);
    expect(r.stdout).toMatch(/text not imported \(outside any question, or an HTML comment\): 2\n {4}line 3 /);
    expect(r.stdout).toContain("✓ passes the content check's file rules");
    const bank = readFileSync(out, "utf8");
    expect(bank).toMatch(/^---\ntitle: Machine Learning Interview Questions \(2024 Edition\)\ntopic: other\n---\n/);
    expect(bank).toContain("```meta\nid: other-what-is-the-bias-variance-trade-off-2\n");
  });

  it("rejects bad input with exit code 2 and a clear message", () => {
    const { root } = contentRootWith();
    const post = tempPost("dl-notes.md");
    const cases: [string[], RegExp][] = [
      [[path.join(path.dirname(post), "missing.md"), "--topic", "demo", "--dir", root], /cannot read .*missing\.md: no such file/],
      [[post, "--topic", "ghost", "--dir", root], /unknown topic "ghost"; topics\.yml has: demo, other/],
      [[post, "--topic", "demo", "--dir", root, "--lang", "fr"], /--lang must be zh or en, not "fr"/],
      [[post, "--dir", root], /--topic is required/],
      [["--topic", "demo", "--dir", root], /missing the post file/],
      [[post, "--topic", "demo", "--dir", root, "--force"], /unknown option --force/],
    ];
    for (const [args, message] of cases) {
      const r = contentImport(...args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain("usage: npm run content:import");
    }
    expect(existsSync(path.join(root, "banks/demo/dl-notes.en.md"))).toBe(false);
  });
});
