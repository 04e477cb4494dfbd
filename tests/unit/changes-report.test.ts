import { describe, expect, it } from "vitest";
import { reportMarkdown } from "@/lib/content-tools/changes/report-markdown";
import { selectDiagnostics } from "@/lib/content-tools/changes/select-diagnostics";
import type { ChangeReport } from "@/lib/content-tools/changes/types";
import type { Diagnostic } from "@/lib/content/diagnostics";

const d = (file: string, rule: string, message: string, severity: Diagnostic["severity"] = "error"): Diagnostic => ({
  file,
  line: 3,
  column: 1,
  rule,
  message,
  severity,
});

describe("selectDiagnostics", () => {
  const touched = {
    files: new Set(["content/banks/demo/a.en.md"]),
    ids: new Set(["q-retired"]),
    slugs: new Set(["gone"]),
  };

  it("keeps problems of changed files, and problems elsewhere that name what the change touched", () => {
    const inChanged = d("content/banks/demo/a.en.md", "katex", "cannot render math");
    const quizOnRetired = d("content/quizzes/x.yml", "ref-unknown", 'questions: question "q-retired" is retired');
    const otherLanguage = d(
      "content/banks/demo/a.zh.md",
      "bank-lang-mismatch",
      'question "q-new" is missing from content/banks/demo/a.en.md',
    );
    const linkToRemovedArticle = d(
      "content/banks/other/b.en.md",
      "link-broken",
      'link to a missing article "/articles/gone"',
    );
    const unrelated = d("content/banks/other/b.en.md", "link-broken", 'unknown question id "q-elsewhere"');
    expect(
      selectDiagnostics([inChanged, quizOnRetired, otherLanguage, linkToRemovedArticle, unrelated], touched),
    ).toEqual([inChanged, quizOnRetired, otherLanguage, linkToRemovedArticle]);
  });
});

const empty: ChangeReport = {
  base: { ref: "main", commit: "0123456789abcdef" },
  files: [],
  questions: { added: [], changed: [], retired: [], removed: [] },
  articles: { added: [], changed: [], removed: [] },
  quizzes: { added: [], changed: [], removed: [] },
  errors: [],
  warnings: [],
};

describe("reportMarkdown", () => {
  it("says so when nothing changed", () => {
    const md = reportMarkdown(empty);
    expect(md).toContain("### ✅ Content changes against `main` (`0123456789`)");
    expect(md).toContain("No content file differs from the base.");
  });

  it("groups fields by language, escapes titles and fences problems longer than any backticks inside", () => {
    const md = reportMarkdown({
      ...empty,
      files: ["content/banks/demo/a.en.md"],
      questions: {
        ...empty.questions,
        changed: [
          {
            id: "q",
            title: "Why [not] <b>?",
            file: "content/banks/demo/a.en.md",
            line: 6,
            fields: ["prompt", "options", "answer"],
            langs: ["zh", "en"],
            fieldLangs: { prompt: ["zh", "en"], options: ["zh", "en"], answer: ["en"] },
          },
        ],
      },
      errors: [d("content/banks/demo/a.en.md", "meta-missing", "must be followed directly by a ```meta block")],
    });
    expect(md).toContain("### ❌");
    expect(md).toContain("- `q` Why \\[not\\] \\<b\\>? — prompt, options (zh, en); answer (en)");
    expect(md).toContain(
      "````text\ncontent/banks/demo/a.en.md:3:1  meta-missing  must be followed directly by a ```meta block\n````",
    );
  });
});
