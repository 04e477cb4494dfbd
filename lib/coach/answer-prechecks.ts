import type { Lang } from "../content/schemas/common";

/** Why an answer is not worth a model's time: each is decided here, in code, and never reaches the model. */
export const PRECHECK_REASONS = ["empty", "too-short", "wrong-language", "copy-of-question"] as const;
export type PrecheckReason = (typeof PRECHECK_REASONS)[number];

/**
 * Fewer than 5 words (a Chinese character counting as half a word, so 10 汉字) is not an answer an interviewer
 * would grade point by point.
 */
export const MIN_ANSWER_WORDS = 5;
/** Share of the answer's words already in the question above which the answer is a copy of it. */
export const COPY_OVERLAP = 0.8;

const HAN = /\p{Script=Han}/gu;
/** A run of letters or digits outside the Han script: an English word, a number, an identifier. */
const WORD = /[\p{L}\p{N}_]+/gu;

const hanChars = (text: string) => text.match(HAN) ?? [];
const otherWords = (text: string) => (text.replace(HAN, " ").match(WORD) ?? []).map((w) => w.toLowerCase());

/** The answer's size in words, a Chinese character counting as half a word. */
export function answerWords(answer: string): number {
  return otherWords(answer).length + hanChars(answer).length / 2;
}

/**
 * The language an answer is written in, or null when it is mixed or has no letters (code, a formula). Chinese
 * prose is full of English terms (softmax, QKV), so a character weighs as three letters and a quarter of the text
 * in Chinese already makes it Chinese; English needs next to no Chinese at all.
 */
export function answerLanguage(answer: string): Lang | null {
  const han = hanChars(answer).length * 3;
  const latin = (answer.replace(HAN, "").match(/\p{L}/gu) ?? []).length;
  if (han + latin === 0) return null;
  const share = han / (han + latin);
  if (share >= 0.25) return "zh";
  if (share <= 0.05) return "en";
  return null;
}

/** Words and Chinese character pairs: what two texts must share to say the same thing. */
function terms(text: string): string[] {
  const han = text
    .replace(/[^\p{Script=Han}]+/gu, " ")
    .split(" ")
    .filter(Boolean);
  const pairs = han.flatMap((run) =>
    run.length === 1
      ? [run]
      : Array.from(run)
          .slice(1)
          .map((c, i) => run[i] + c),
  );
  return [...otherWords(text), ...pairs];
}

/** The share of the answer's terms that the question already holds (0 to 1). */
export function overlapWithQuestion(answer: string, question: string): number {
  const mine = terms(answer);
  if (mine.length === 0) return 0;
  const theirs = new Set(terms(question));
  return mine.filter((t) => theirs.has(t)).length / mine.length;
}

export type PrecheckInput = {
  answer: string;
  /** The plain text of the question in each language it is written in. */
  questions: readonly string[];
  /** The languages the question is written in. */
  questionLangs: readonly Lang[];
  /** Code answers are code in any language, so their language is not judged. */
  isCode: boolean;
};

/**
 * The cheap checks, in order. The language check only refuses an answer in a language the question is not
 * written in; which language version to grade against is the caller's choice (see gradeAnswer).
 */
export function precheckAnswer(input: PrecheckInput): { reason: PrecheckReason } | { reason: null; lang: Lang | null } {
  const answer = input.answer.trim();
  if (answer === "") return { reason: "empty" };
  if (answerWords(answer) < MIN_ANSWER_WORDS) return { reason: "too-short" };
  const lang = input.isCode ? null : answerLanguage(answer);
  if (lang && !input.questionLangs.includes(lang)) return { reason: "wrong-language" };
  if (input.questions.some((q) => overlapWithQuestion(answer, q) >= COPY_OVERLAP))
    return { reason: "copy-of-question" };
  return { reason: null, lang };
}
