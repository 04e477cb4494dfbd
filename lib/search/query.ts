import type { Query } from "minisearch";
import type { QueryWord } from "./tokenize";

// Typos are forgiven only in longer Latin words: "attn" must not match "atom".
const FUZZY_MIN_LENGTH = 5;
const FUZZINESS = 0.2;

function wordQuery(word: QueryWord, last: boolean, pairs: boolean, fuzzy: boolean): Query {
  // The last word may still be being typed, so it also matches as a prefix.
  if (word.kind === "latin") {
    return { queries: [word.term], prefix: last, fuzzy: fuzzy && word.raw.length >= FUZZY_MIN_LENGTH ? FUZZINESS : false };
  }
  const exact: Query = {
    combineWith: "AND",
    queries: word.words.map((w, i): Query => ({ queries: [w], prefix: last && i === word.words.length - 1, fuzzy: false })),
  };
  if (!pairs || word.bigrams.length === 0) return exact;
  // The same characters cut into other words still match, ranked below the exact words (which add their score).
  return { combineWith: "OR", queries: [exact, { combineWith: "AND", queries: word.bigrams, prefix: false, fuzzy: false }] };
}

/**
 * The engine query for a user's words: every word must match (AND), or any of them (OR, the fallback). With
 * `pairs`, a run of Chinese also matches by its character pairs: better recall, but every pair is a lookup; with
 * `fuzzy`, longer Latin words forgive a typo: also better recall, but the typo search walks the vocabulary.
 */
export function buildQuery(words: readonly QueryWord[], combineWith: "AND" | "OR", pairs: boolean, fuzzy = pairs): Query {
  return { combineWith, queries: words.map((w, i) => wordQuery(w, i === words.length - 1, pairs, fuzzy)) };
}
