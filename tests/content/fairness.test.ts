import { cpSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  computeFairness,
  formatFairnessTable,
  isLongestCorrect,
  MIN_MULTIPLE,
  MIN_SINGLE,
} from "@/lib/content/fairness";
import { loadContent } from "@/lib/content/load";
import type { Question, QuestionContent } from "@/lib/content/schemas/question";
import { contentRootWith, FIXTURES } from "../helpers/content-fixtures";

type Opt = [text: string, correct: boolean];

let n = 0;
function content(options: Opt[], file: string): QuestionContent {
  return {
    options: options.map(([text, correct]) => ({ html: text, text, correct })),
    source: { file, line: 1 },
  } as QuestionContent;
}

/** A hand-made choice question; `zh` options differ on purpose so a test can tell which language was measured. */
function q(
  type: "single" | "multiple",
  options: Opt[],
  more: { bank?: string; zh?: Opt[]; noEn?: boolean; draft?: boolean; retired?: boolean } = {},
): Question {
  const bank = more.bank ?? "demo/basics";
  return {
    id: `q-${++n}`,
    type,
    difficulty: "easy",
    tags: [],
    draft: more.draft ?? false,
    retired: more.retired ?? false,
    topic: bank.split("/")[0]!,
    bank,
    langs: {
      en: more.noEn ? undefined : content(options, `content/banks/${bank}.en.md`),
      zh: more.zh ? content(more.zh, `content/banks/${bank}.zh.md`) : undefined,
    },
  };
}

/** A single-choice question with four options, the correct one at `at` (0 = A), of equal length unless `long`. */
const single = (at: number, long = false, bank?: string) =>
  q(
    "single",
    [0, 1, 2, 3].map((i): Opt => [i === at && long ? "the long correct one" : `opt${i}`, i === at]),
    { bank },
  );

describe("isLongestCorrect", () => {
  it("counts only a strictly longest correct option; ties do not count", () => {
    expect(isLongestCorrect([["longer one", true], ["short", false]].map(([text, correct]) => ({ text: text as string, correct: correct as boolean })))).toBe(true);
    expect(isLongestCorrect([{ text: "same", correct: true }, { text: "four", correct: false }])).toBe(false);
    expect(isLongestCorrect([{ text: "a", correct: true }, { text: "bb", correct: false }])).toBe(false);
  });

  it("measures plain-text characters, so Chinese is not counted in bytes", () => {
    expect(isLongestCorrect([{ text: "梯度消失", correct: true }, { text: "abc", correct: false }])).toBe(true);
    expect(isLongestCorrect([{ text: "  x  ", correct: true }, { text: "yy", correct: false }])).toBe(false);
  });
});

describe("computeFairness", () => {
  it("counts positions, the longest-correct share and the multiple-choice correct and option counts", () => {
    const r = computeFairness([
      single(0, true),
      single(1),
      single(1, true),
      q("multiple", [["a", true], ["b", true], ["c", false]]),
      q("multiple", [["a", true], ["b", false], ["c", false], ["d", true], ["e", true]]),
    ]);
    expect(r.overall.single).toEqual({ questions: 3, positions: { A: 1, B: 2 }, longestCorrect: 2, longestCorrectShare: 2 / 3 });
    expect(r.overall.multiple).toEqual({ questions: 2, correctCounts: { "2": 1, "3": 1 }, optionCounts: { "3": 1, "5": 1 } });
    expect(r.banks.map((b) => b.bank)).toEqual(["demo/basics"]);
    expect(r.warnings).toEqual([]);
  });

  it("measures the English version when there is one, else the Chinese one; skips drafts, retired and other types", () => {
    const zhOnly = q("single", [], { noEn: true, zh: [["短", false], ["长得多的正确答案", true]] });
    const both = q("single", [["right and long", true], ["no", false]], { zh: [["对", true], ["错误的长选项", false]] });
    const open = { ...single(0), type: "open" as const };
    const r = computeFairness([zhOnly, both, single(2, false), { ...single(3), draft: true }, { ...single(3), retired: true }, open]);
    expect(r.overall.single.positions).toEqual({ A: 1, B: 1, C: 1 });
    expect(r.overall.single.longestCorrect).toBe(2);
  });

  it("keeps figures per bank, sorted, and points a bank's warning at its file, line 1", () => {
    const skewed = Array.from({ length: MIN_SINGLE }, () => single(1, false, "b/skewed"));
    const fine = [0, 1, 2, 3, 0].map((at) => single(at, false, "a/fine"));
    const r = computeFairness([...skewed, ...fine], { overallFile: "content/topics.yml" });
    expect(r.banks.map((b) => [b.bank, b.flagged])).toEqual([
      ["a/fine", []],
      ["b/skewed", ["fairness-position"]],
    ]);
    // Overall: 6 of 10 on B is 60 %, past the overall limit of 40 %.
    expect(r.warnings.map((w) => `${w.file}:${w.line} ${w.rule} ${w.severity}`)).toEqual([
      "content/topics.yml:1 fairness-position warning",
      "content/banks/b/skewed.en.md:1 fairness-position warning",
    ]);
    expect(r.warnings[1]!.message).toMatch(/5 of 5 single-choice answers \(100 %\) are option B/);
  });

  it("stays quiet below the minimum sample and at (not past) a limit", () => {
    // One short of the minimum: all on B, all longest, yet no warning.
    expect(computeFairness(Array.from({ length: MIN_SINGLE - 1 }, () => single(1, true))).warnings).toEqual([]);
    // 3 of 5 on A is 60 %: at the bank limit, not past it; overall 60 % is past 40 %.
    const r = computeFairness([0, 0, 0, 1, 2].map((at) => single(at)));
    expect(r.warnings.map((w) => w.message.split(":")[0] + " " + w.rule)).toEqual(["all banks fairness-position"]);
  });

  it("warns when the correct option is the longest too often", () => {
    const r = computeFairness([0, 1, 2, 3, 0].map((at) => single(at, true)));
    expect(r.warnings.map((w) => w.rule)).toEqual(["fairness-longest-correct", "fairness-longest-correct"]);
    expect(r.warnings[0]!.message).toMatch(/in 5 of 5 single-choice questions \(100 %\) the correct option is the longest \(limit 35 %\)/);
    expect(r.warnings[1]!.message).toMatch(/limit 60 %/);
  });

  it("warns when most multiple-choice questions have the same number of correct options", () => {
    const two: Opt[] = [["a", true], ["b", true], ["c", false], ["d", false]];
    const three: Opt[] = [["a", true], ["b", true], ["c", true], ["d", false]];
    expect(computeFairness([two, two, two, three, three].map((o) => q("multiple", o))).warnings).toEqual([]);
    const r = computeFairness(Array.from({ length: MIN_MULTIPLE }, () => q("multiple", two)));
    expect(r.warnings.map((w) => w.rule)).toEqual(["fairness-correct-count", "fairness-correct-count"]);
    expect(r.warnings[0]!.message).toMatch(/5 of 5 multiple-choice questions \(100 %\) have exactly 2 correct/);
  });

  it("prints a table of the overall figures and the flagged banks only", () => {
    const table = formatFairnessTable(
      computeFairness([...[0, 1, 2, 3].map((at) => single(at, false, "a/fine")), ...Array(5).fill(0).map(() => single(1, false, "b/skewed"))]),
    );
    const lines = table.split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^overall\s+9\s+A:11% B:67% C:11% D:11%\s+0%\s+0\s+–$/);
    expect(lines[2]).toMatch(/^b\/skewed\s+5\s+B:100%/);
  });
});

/** Each folder under tests/fixtures/content/fairness lays one skewed bank (banks/demo/extra.en.md) over the base. */
describe("fairness warnings on content fixtures", () => {
  const cases: Record<string, string> = {
    position: "fairness-position",
    "longest-correct": "fairness-longest-correct",
    "correct-count": "fairness-correct-count",
  };
  for (const [name, rule] of Object.entries(cases)) {
    it(`${name}: warns overall (at topics.yml) and for the skewed bank (at its line 1), with no content error`, async () => {
      const { root, publicDir } = contentRootWith();
      cpSync(path.join(FIXTURES, "fairness", name), root, { recursive: true });
      const { snapshot } = await loadContent({ dir: root, publicDir });
      expect(snapshot.errors).toEqual([]);
      // Fairness is a separate report: it never adds to the snapshot's warnings.
      expect(snapshot.warnings.filter((w) => w.rule.startsWith("fairness"))).toEqual([]);
      const topics = path.relative(process.cwd(), path.join(root, "topics.yml"));
      const r = computeFairness(snapshot.questions, { overallFile: topics });
      expect(r.warnings.map((w) => `${w.file}:${w.line} ${w.rule}`)).toEqual([
        `${topics}:1 ${rule}`,
        `${path.relative(process.cwd(), path.join(root, "banks/demo/extra.en.md"))}:1 ${rule}`,
      ]);
    });
  }

  it("the valid base has no fairness warning", async () => {
    const { root, publicDir } = contentRootWith();
    const { snapshot } = await loadContent({ dir: root, publicDir });
    expect(computeFairness(snapshot.questions).warnings).toEqual([]);
  });
});
