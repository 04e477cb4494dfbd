import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "@/lib/content/diagnostics";
import { loadContent } from "@/lib/content/load";
import { QUESTION_TYPES } from "@/lib/content/schemas/question";

/** The guide's examples are real files: fences whose info string has `path=<file in the content root>`. */
function examples(): Map<string, string> {
  const guide = readFileSync("CONTRIBUTING.md", "utf8");
  const files = new Map<string, string>();
  for (const m of guide.matchAll(/^(`{4,})\w+ path=(\S+)\n([\s\S]*?)^\1$/gm)) files.set(m[2]!, m[3]!);
  return files;
}

describe("CONTRIBUTING.md", () => {
  it("shows every question type, an article and quiz sets in both languages, and all of it passes the check", async () => {
    const files = examples();
    expect([...files.keys()].sort()).toEqual([
      "articles/example-attention.en.md",
      "articles/example-attention.zh.md",
      "banks/transformer/example.en.md",
      "banks/transformer/example.zh.md",
      "quizzes/example-mixed.yml",
      "quizzes/example-warm-up.yml",
      "topics.yml",
    ]);
    const root = path.join(mkdtempSync(path.join(tmpdir(), "goldmine-guide-")), "content");
    for (const [file, text] of files) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    }
    const { snapshot } = await loadContent({ dir: root });
    expect([...snapshot.errors, ...snapshot.warnings].map(formatDiagnostic)).toEqual([]);
    expect(snapshot.questions.map((q) => q.type).sort()).toEqual([...QUESTION_TYPES].sort());
    expect(snapshot.questions.every((q) => q.langs.zh && q.langs.en)).toBe(true);
    expect(snapshot.articles[0]!.langs.zh!.features).toMatchObject({ math: true, mermaid: true });
  });
});
