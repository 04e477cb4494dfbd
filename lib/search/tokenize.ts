import { stemmer } from "stemmer";

/**
 * How text becomes search terms, the same for the index and for queries: NFKC + lowercase, words from
 * Intl.Segmenter (it knows Chinese words as well as Latin ones), English words stemmed, Chinese words kept and,
 * because the segmenter may cut a query and a document differently ("注意力" vs "自注意力机制"), every pair of
 * neighbouring Han characters indexed too.
 */
const segmenter = new Intl.Segmenter("zh", { granularity: "word" });
const HAN = /\p{Script=Han}/u;
const LATIN_WORD = /^[a-z]+$/;

// Words so common in questions that requiring them would only lose results ("what is attention").
const STOPWORDS = new Set(
  "a an and are as at be by can do does for from how in is it its of on or that the this to what when which who why with".split(
    " ",
  ),
);

export type Word = { text: string; start: number; end: number; cjk: boolean };

export const normalize = (text: string) => text.normalize("NFKC").toLowerCase();

/** The words of a text with their positions in it (positions of the original, unnormalised text). */
export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const s of segmenter.segment(text)) {
    if (!s.isWordLike) continue;
    out.push({ text: normalize(s.segment), start: s.index, end: s.index + s.segment.length, cjk: HAN.test(s.segment) });
  }
  return out;
}

/** The term a single non-Chinese word is indexed under, or undefined for a stopword. */
export function latinTerm(word: string): string | undefined {
  if (STOPWORDS.has(word)) return undefined;
  return LATIN_WORD.test(word) ? stemmer(word) : word;
}

/** Neighbouring Han character pairs of a run of text ("自注意" → "自注", "注意"). */
export function bigrams(run: string): string[] {
  const chars = [...run].filter((c) => HAN.test(c));
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/** Consecutive Chinese words with nothing between them: the runs whose character pairs are indexed. */
function cjkRuns(list: Word[]): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  let end = -1;
  for (const w of list) {
    if (!w.cjk || w.start !== end) {
      if (run.length) runs.push(run);
      run = [];
    }
    if (w.cjk) run.push(w.text);
    end = w.end;
  }
  if (run.length) runs.push(run);
  return runs;
}

/** Every term a document's field is indexed under. */
export function indexTerms(text: string): string[] {
  const list = words(text);
  const terms: string[] = [];
  for (const w of list) {
    const term = w.cjk ? w.text : latinTerm(w.text);
    if (term) terms.push(term);
  }
  for (const run of cjkRuns(list)) {
    // A lone two-character word is already a term; its one pair would only double its weight.
    if (run.length > 1 || [...run[0]!].length > 2) terms.push(...bigrams(run.join("")));
  }
  return terms;
}

/**
 * One unit of a query, as the engine looks for it: a Latin word, or a run of Chinese text with the words the
 * segmenter found in it and its character pairs (a match of either counts).
 */
export type QueryWord =
  { kind: "latin"; term: string; raw: string } | { kind: "cjk"; words: string[]; bigrams: string[] };

export function queryWords(query: string): QueryWord[] {
  const list = words(query);
  const runs = cjkRuns(list);
  const out: QueryWord[] = [];
  let previous: Word | undefined;
  for (const w of list) {
    if (w.cjk) {
      // The first word of a run stands for the whole run.
      if (!previous?.cjk || previous.end !== w.start) {
        const run = runs.shift()!;
        const pairs = bigrams(run.join(""));
        out.push({ kind: "cjk", words: run, bigrams: run.length === 1 && pairs.length <= 1 ? [] : pairs });
      }
    } else {
      const term = latinTerm(w.text);
      if (term) out.push({ kind: "latin", term, raw: w.text });
    }
    previous = w;
  }
  return out;
}
