import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { contentRootWith, defectCases } from "../helpers/content-fixtures";

/** Each fixture folder under tests/fixtures/content/defects holds one file with exactly one defect. */
/** A case marked `warning` must load without errors and with exactly that one warning. */
const EXPECTED: Record<string, { file: string; line: number; column?: number; rule: string; message?: RegExp; warning?: true }> = {
  "frontmatter-yaml": { file: "banks/demo/extra.en.md", line: 3, rule: "yaml" },
  "frontmatter-missing-title": { file: "banks/demo/extra.en.md", line: 2, rule: "frontmatter", message: /missing required field `title`/ },
  "topic-unknown": { file: "banks/ghost/extra.en.md", line: 3, rule: "topic-unknown", message: /"ghost"/ },
  "meta-missing": { file: "banks/demo/extra.en.md", line: 6, rule: "meta-missing" },
  "meta-yaml": { file: "banks/demo/extra.en.md", line: 11, rule: "yaml" },
  "meta-enum": { file: "banks/demo/extra.en.md", line: 10, rule: "meta", message: /`type` must be one of/ },
  "meta-unknown-field": { file: "banks/demo/extra.en.md", line: 9, rule: "meta", message: /unknown field `level`/ },
  "id-duplicate": { file: "banks/other/extra.en.md", line: 6, rule: "id-duplicate", message: /"demo-open" is already used at .*basics\.en\.md:7/ },
  "single-two-correct": { file: "banks/demo/extra.en.md", line: 16, rule: "choice-correct-count", message: /exactly one/ },
  "open-without-answer": { file: "banks/demo/extra.en.md", line: 6, rule: "section-missing", message: /### Answer/ },
  "code-without-solution": { file: "banks/demo/extra.en.md", line: 6, rule: "section-missing", message: /### Solution/ },
  "cloze-without-mark": { file: "banks/demo/extra.en.md", line: 6, rule: "cloze-missing" },
  "boolean-bad-answer": { file: "banks/demo/extra.en.md", line: 18, rule: "boolean-answer", message: /"maybe"/ },
  "katex-error": { file: "banks/demo/extra.en.md", line: 14, rule: "katex", message: /\\frac/ },
  "mermaid-error": { file: "banks/demo/extra.en.md", line: 18, rule: "mermaid" },
  "raw-html": { file: "banks/demo/extra.en.md", line: 14, rule: "raw-html", message: /<br>/ },
  "section-unknown": { file: "banks/demo/extra.en.md", line: 20, rule: "section-unknown", message: /"Discussion"/ },
  "link-bare": { file: "banks/demo/extra.en.md", line: 18, rule: "link-bare", message: /\[title\]\(\/questions\/demo-open\)/ },
  "link-missing-article": { file: "banks/demo/extra.en.md", line: 14, rule: "link-broken", message: /nowhere/ },
  "image-missing": { file: "banks/demo/extra.en.md", line: 14, rule: "link-broken", message: /missing\.png/ },
  "related-unknown": { file: "articles/extra.en.md", line: 5, rule: "ref-unknown", message: /no-such-question/ },
  "quiz-unknown-id": { file: "quizzes/extra.yml", line: 5, rule: "ref-unknown", message: /no-such-question/ },
  "quiz-both-lists": { file: "quizzes/extra.yml", line: 1, rule: "quiz", message: /either `questions`/ },
  "lang-missing-question": { file: "banks/demo/basics.en.md", line: 102, rule: "bank-lang-mismatch", message: /"demo-code" is missing/ },
  "lang-correct-option-differs": { file: "banks/demo/basics.zh.md", line: 32, rule: "bank-lang-mismatch", message: /correct options differ/ },
  "key-points-missing": { file: "banks/demo/extra.en.md", line: 6, rule: "key-points-missing", message: /"extra-warmup" \(open\) needs a ### Key points \(### 要点\) section/ },
  "key-points-count": { file: "banks/demo/extra.en.md", line: 22, rule: "key-points-count", message: /lists 2 point\(s\); write 3 to 6/ },
  "key-point-empty": { file: "banks/demo/extra.en.md", line: 23, rule: "key-point-empty", message: /"extra-warmup": a key point is empty/ },
  "key-point-marker": { file: "banks/demo/extra.en.md", line: 23, rule: "key-point-marker", message: /unknown key-point marker "\[important\]"/ },
  "key-points-format": { file: "banks/demo/extra.en.md", line: 22, rule: "key-points-format", message: /must be one bullet list/ },
  "key-points-unexpected": { file: "banks/demo/extra.en.md", line: 20, rule: "key-points-unexpected", message: /is boolean: only open and code questions have a Key points section/ },
  "key-points-lang-differs": { file: "banks/demo/extra.zh.md", line: 6, rule: "bank-lang-mismatch", message: /key points differ between languages \(en: "3 point\(s\): must \| - \| -", zh: "4 point\(s\): - \| - \| - \| -"\)/ },
  "source-missing": { file: "banks/demo/extra.en.md", line: 8, rule: "source-missing", message: /"extra-transformer-year" was verified on 2026-11-01 but lists no sources/, warning: true },
  "question-dated-claim": { file: "banks/demo/extra.en.md", line: 18, column: 1, rule: "dated-claim-unsourced", message: /question "extra-context-window" makes a dated claim \("As of November 2026"\) but has no lastVerified date/, warning: true },
  "dated-claim-unsourced": { file: "articles/extra.en.md", line: 9, column: 17, rule: "dated-claim-unsourced", message: /article "extra" makes a dated claim \("As of November 2026"\) but has no lastVerified date and no sources/, warning: true },
};

describe("content check: one defect per fixture", () => {
  it("the valid base has no errors and no warnings", async () => {
    const { root, publicDir } = contentRootWith();
    const { snapshot } = await loadContent({ dir: root, publicDir });
    expect(snapshot.errors).toEqual([]);
    expect(snapshot.warnings).toEqual([]);
    expect(snapshot.questions).toHaveLength(6);
  });

  it("every defect fixture has an expectation", () => {
    expect(defectCases()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const name of Object.keys(EXPECTED)) {
    it(`reports ${name} at the right file, line and rule`, async () => {
      const want = EXPECTED[name]!;
      const { root, publicDir } = contentRootWith(name);
      const { snapshot } = await loadContent({ dir: root, publicDir });
      if (want.warning) expect(snapshot.errors).toEqual([]);
      const found = want.warning ? snapshot.warnings : snapshot.errors;
      expect(found).toHaveLength(1);
      const [error] = found;
      expect(error!.file.endsWith(`content/${want.file}`)).toBe(true);
      expect(error!.line).toBe(want.line);
      if (want.column) expect(error!.column).toBe(want.column);
      expect(error!.rule).toBe(want.rule);
      if (want.message) expect(error!.message).toMatch(want.message);
    });
  }
});
