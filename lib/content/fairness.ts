import type { Diagnostic } from "./diagnostics";
import { isPublished, type Question } from "./schemas/question";

/*
 * Answer-key fairness: can a learner pass by guessing from the shape of the options instead of knowing the
 * answer? Three tells are measured, per bank and overall:
 *
 * - single choice: where the correct option sits (A, B, C, …) and how often it is strictly the longest option;
 * - multiple choice: how many options are correct (and how many options there are).
 *
 * Each question is measured in its English version when it has one, else in its Chinese one; an option's length
 * is the number of characters (code points) of its plain text. "Longest is correct" counts a question only when
 * the correct option is strictly longer than every other option: a tie gives the learner no tell.
 *
 * The figures are a report, not a content error: the warnings below go to their own list (`fairness`), which
 * content:check prints under its own heading and only fails on with `--strict-fairness`.
 */

/*
 * Thresholds. Chance is 1/k for a question with k options: 25 % with 4, 33 % with 3. Overall (about a hundred
 * single-choice questions) a few points above chance is already a pattern; in one bank (5–8 questions) it takes
 * a clear majority before the figure means anything: with 5 questions and 4 options, 4 or more on one letter
 * happens by chance in about 6 % of banks, 3 of 5 in about 40 %.
 */
/** Overall: "pick the longest option" must not pay much better than chance (25 % with 4 options). */
export const LONGEST_CORRECT_MAX_SHARE = 0.35;
/** Overall: no letter may hold more than 40 % of the single-choice answers (chance 25–33 %). */
export const POSITION_MAX_SHARE = 0.4;
/** Per bank: the correct option strictly longest in more than 60 % of its single-choice questions. */
export const BANK_LONGEST_CORRECT_MAX_SHARE = 0.6;
/** Per bank: one letter holding more than 60 % of its single-choice answers (4 of 5, 5 of 7, 5 of 8). */
export const BANK_POSITION_MAX_SHARE = 0.6;
/** Below this many single-choice questions (in a bank, or overall) the position and length figures are noise. */
export const MIN_SINGLE = 5;
/** More than 60 % of multiple-choice questions with the same number of correct options: "always pick three" pays. */
export const CORRECT_COUNT_MAX_SHARE = 0.6;
/** Below this many multiple-choice questions (in a bank, or overall) the correct-count figure is noise. */
export const MIN_MULTIPLE = 5;

export type Distribution = Record<string, number>;

export type FairnessFigures = {
  single: {
    questions: number;
    /** Correct option's position, "A", "B", … → number of questions. */
    positions: Distribution;
    /** Questions whose correct option is strictly the longest. */
    longestCorrect: number;
    /** longestCorrect / questions, or null without single-choice questions. */
    longestCorrectShare: number | null;
  };
  multiple: {
    questions: number;
    /** Number of correct options → number of questions. */
    correctCounts: Distribution;
    /** Number of options → number of questions. */
    optionCounts: Distribution;
  };
};

/** One bank's figures; `flagged` names the fairness rules it breaks. */
export type BankFairness = FairnessFigures & { bank: string; file: string; flagged: string[] };

export type FairnessReport = { overall: FairnessFigures; banks: BankFairness[]; warnings: Diagnostic[] };

export type FairnessOptions = {
  /** Where the overall warnings point (e.g. content/topics.yml); defaults to the first bank's file. */
  overallFile?: string;
};

const letter = (i: number) => (i < 26 ? String.fromCharCode(65 + i) : `#${i + 1}`);
const length = (text: string) => [...text.trim()].length;
const bump = (m: Distribution, k: string) => {
  m[k] = (m[k] ?? 0) + 1;
};

const empty = (): FairnessFigures => ({
  single: { questions: 0, positions: {}, longestCorrect: 0, longestCorrectShare: null },
  multiple: { questions: 0, correctCounts: {}, optionCounts: {} },
});

/** True when the single correct option is strictly longer than every other option. */
export function isLongestCorrect(options: { text: string; correct: boolean }[]): boolean {
  const correct = options.findIndex((o) => o.correct);
  if (correct < 0) return false;
  const own = length(options[correct]!.text);
  return options.every((o, i) => i === correct || length(o.text) < own);
}

function add(f: FairnessFigures, q: Question) {
  const options = (q.langs.en ?? q.langs.zh)?.options;
  if (!options || options.length === 0) return;
  if (q.type === "single") {
    const correct = options.findIndex((o) => o.correct);
    if (correct < 0) return;
    f.single.questions++;
    bump(f.single.positions, letter(correct));
    if (isLongestCorrect(options)) f.single.longestCorrect++;
    f.single.longestCorrectShare = f.single.longestCorrect / f.single.questions;
  } else if (q.type === "multiple") {
    f.multiple.questions++;
    bump(f.multiple.correctCounts, String(options.filter((o) => o.correct).length));
    bump(f.multiple.optionCounts, String(options.length));
  }
}

/** The largest bucket of a distribution and its share of `total`. */
export function topBucket(d: Distribution, total: number): { key: string; count: number; share: number } | undefined {
  const top = Object.entries(d).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return top && total > 0 ? { key: top[0], count: top[1], share: top[1] / total } : undefined;
}

const pct = (x: number) => `${Math.round(x * 100)} %`;

function warningsFor(f: FairnessFigures, scope: string, file: string, bank: boolean): Diagnostic[] {
  const out: Diagnostic[] = [];
  const warn = (rule: string, message: string) => out.push({ file, line: 1, column: 1, rule, message, severity: "warning" });
  const s = f.single;
  if (s.questions >= MIN_SINGLE) {
    const maxLongest = bank ? BANK_LONGEST_CORRECT_MAX_SHARE : LONGEST_CORRECT_MAX_SHARE;
    if (s.longestCorrectShare !== null && s.longestCorrectShare > maxLongest) {
      warn("fairness-longest-correct", `${scope}: in ${s.longestCorrect} of ${s.questions} single-choice questions (${pct(s.longestCorrectShare)}) the correct option is the longest (limit ${pct(maxLongest)}): lengthen a distractor or tighten the answer`);
    }
    const top = topBucket(s.positions, s.questions);
    const maxPosition = bank ? BANK_POSITION_MAX_SHARE : POSITION_MAX_SHARE;
    if (top && top.share > maxPosition) {
      warn("fairness-position", `${scope}: ${top.count} of ${s.questions} single-choice answers (${pct(top.share)}) are option ${top.key} (limit ${pct(maxPosition)}): move some correct options`);
    }
  }
  const m = f.multiple;
  if (m.questions >= MIN_MULTIPLE) {
    const top = topBucket(m.correctCounts, m.questions);
    if (top && top.share > CORRECT_COUNT_MAX_SHARE) {
      warn("fairness-correct-count", `${scope}: ${top.count} of ${m.questions} multiple-choice questions (${pct(top.share)}) have exactly ${top.key} correct option(s) (limit ${pct(CORRECT_COUNT_MAX_SHARE)}): vary how many are correct`);
    }
  }
  return out;
}

/** Fairness figures of the published choice questions, per bank (sorted by key) and overall, with their warnings. */
export function computeFairness(questions: Question[], options: FairnessOptions = {}): FairnessReport {
  const overall = empty();
  const banks = new Map<string, BankFairness>();
  for (const q of questions) {
    if (!isPublished(q) || (q.type !== "single" && q.type !== "multiple")) continue;
    const file = (q.langs.en ?? q.langs.zh)?.source.file;
    if (!file) continue;
    let b = banks.get(q.bank);
    if (!b) banks.set(q.bank, (b = { bank: q.bank, file, flagged: [], ...empty() }));
    add(b, q);
    add(overall, q);
  }
  const sorted = [...banks.values()].sort((a, b) => a.bank.localeCompare(b.bank));
  const warnings = sorted.flatMap((b) => {
    const found = warningsFor(b, `bank ${b.bank}`, b.file, true);
    b.flagged = found.map((w) => w.rule);
    return found;
  });
  const overallFile = options.overallFile ?? sorted[0]?.file;
  if (overallFile) warnings.unshift(...warningsFor(overall, "all banks", overallFile, false));
  return { overall, banks: sorted, warnings };
}

const percentOf = (n: number, total: number) => (total === 0 ? "–" : `${Math.round((n / total) * 100)}%`);
const dist = (d: Record<string, number>, total: number) =>
  Object.keys(d)
    .sort()
    .map((k) => `${k}:${percentOf(d[k]!, total)}`)
    .join(" ") || "–";

/** The overall figures and every bank a fairness warning points at, one row each. */
export function formatFairnessTable(report: FairnessReport): string {
  const rows = [
    { scope: "overall", f: report.overall },
    ...report.banks.filter((b) => b.flagged.length > 0).map((b) => ({ scope: b.bank, f: b })),
  ];
  const table = [
    ["answer-key fairness", "single", "correct position", "longest=correct", "multiple", "correct options"],
    ...rows.map(({ scope, f }) => [
      scope,
      String(f.single.questions),
      dist(f.single.positions, f.single.questions),
      percentOf(f.single.longestCorrect, f.single.questions),
      String(f.multiple.questions),
      dist(f.multiple.correctCounts, f.multiple.questions),
    ]),
  ];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  return table
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

