import type { QueryWord } from "./tokenize";

/**
 * What the engine looks for: one term (also as the start of longer terms with `prefix`, also with up to
 * `fuzzy` × its length typos), or a combination in which every part (AND) or any part (OR) must match.
 */
export type Query =
  { term: string; prefix: boolean; fuzzy: number | false } | { combineWith: "AND" | "OR"; queries: Query[] };

// Typos are forgiven only in longer Latin words: "attn" must not match "atom".
const FUZZY_MIN_LENGTH = 5;
const FUZZINESS = 0.2;

const term = (t: string, prefix = false, fuzzy: number | false = false): Query => ({ term: t, prefix, fuzzy });

function wordQuery(word: QueryWord, last: boolean, pairs: boolean, fuzzy: boolean): Query {
  // The last word may still be being typed, so it also matches as a prefix.
  if (word.kind === "latin")
    return term(word.term, last, fuzzy && word.raw.length >= FUZZY_MIN_LENGTH ? FUZZINESS : false);
  const exact: Query = {
    combineWith: "AND",
    queries: word.words.map((w, i) => term(w, last && i === word.words.length - 1)),
  };
  if (!pairs || word.bigrams.length === 0) return exact;
  // The same characters cut into other words still match, ranked below the exact words (which add their score).
  return { combineWith: "OR", queries: [exact, { combineWith: "AND", queries: word.bigrams.map((b) => term(b)) }] };
}

/**
 * The engine query for a user's words: every word must match (AND), or any of them (OR, the fallback). With
 * `pairs`, a run of Chinese also matches by its character pairs: better recall, but every pair is a lookup; with
 * `fuzzy`, longer Latin words forgive a typo: also better recall, but the typo search walks the vocabulary.
 */
export function buildQuery(
  words: readonly QueryWord[],
  combineWith: "AND" | "OR",
  pairs: boolean,
  fuzzy = pairs,
): Query {
  return { combineWith, queries: words.map((w, i) => wordQuery(w, i === words.length - 1, pairs, fuzzy)) };
}
