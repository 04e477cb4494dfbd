import { FIELD_BOOST, FIELDS, type SearchIndex } from "./engine";
import type { Query } from "./query";

// The ranking was tuned on MiniSearch's scoring, kept here exactly: BM25+ with its parameters, prefix and typo
// matches weighted down by how much longer or different the term is, and a document's score multiplied by how
// many of the query's terms it matched. One addition MiniSearch lacks: when a misspelt word matches nothing, the
// stem it was meant to have is looked for (misspeltEnding).
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const MAX_TYPOS = 6;

/** Matching documents, ascending, with their scores (always above 0). */
type Matches = { docs: Int32Array; scores: Float64Array };

/**
 * An index term a query term stands for: itself, a longer term it begins, or one a few typos away (`typos`, 0 for
 * the term itself and the terms it begins).
 */
type Expansion = { term: string; id: number; weight: number; typos: number };

type Node =
  | { source: string; expansions: Expansion[]; matches: Matches }
  | { combineWith: "AND" | "OR"; children: Node[]; matches: Matches };

export type Evaluation = Matches & {
  /**
   * Per match (aligned with `docs`), what ranks it before its score: more of the query's words matched, then
   * fewer typos forgiven. An exact or prefix match thus always ranks above a match that needed a typo forgiven.
   */
  tiers: Float64Array;
  /** The index terms that made a document match (what to highlight in it). */
  termsOf(doc: number): Set<string>;
};

function expand(index: SearchIndex, q: Extract<Query, { term: string }>): Expansion[] {
  const out: Expansion[] = [];
  const exact = index.vocabulary.get(q.term);
  if (exact !== undefined) out.push({ term: q.term, id: exact, weight: 1, typos: 0 });
  const maxTypos = q.fuzzy ? Math.min(MAX_TYPOS, Math.round(q.term.length * q.fuzzy)) : 0;
  const typos = maxTypos ? index.vocabulary.fuzzyGet(q.term, maxTypos) : undefined;
  if (q.prefix) {
    for (const [term, id] of index.vocabulary.atPrefix(q.term)) {
      const longer = term.length - q.term.length;
      if (!longer) continue;
      // A term both begun and misspelt counts as begun.
      typos?.delete(term);
      out.push({ term, id, weight: (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * longer), typos: 0 });
    }
  }
  for (const [term, [id, distance]] of typos ?? []) {
    if (distance)
      out.push({
        term,
        id,
        weight: (FUZZY_WEIGHT * term.length) / (term.length + distance),
        typos: typoCost(q.term, term, distance),
      });
  }
  if (maxTypos && !out.length) out.push(...misspeltEnding(index, q.term));
  return out;
}

/** Shortest start of a word worth correcting on its own: shorter ones are a typo away from too many terms. */
const MIN_STEM_GUESS = 5;
/** Longest ending a stem drops ("-ation", "-ing"): how much of a misspelt word may be cut to find its stem. */
const MAX_ENDING = 4;

/**
 * Corrections for a word whose typo hid its ending from the stemmer: "attenion" is not stemmed to "attent" as
 * "attention" is, and is three edits from it, but its start "atteni" is one edit from "attent". Tried only when
 * nothing else matched, cutting the shortest ending first, and ranked a whole typo below a plain correction.
 */
function misspeltEnding(index: SearchIndex, typed: string): Expansion[] {
  for (let cut = 1; cut <= MAX_ENDING && typed.length - cut >= MIN_STEM_GUESS; cut++) {
    const start = typed.slice(0, typed.length - cut);
    const found = [...index.vocabulary.fuzzyGet(start, 1)].filter(([term]) => term.length >= MIN_STEM_GUESS);
    if (found.length)
      return found.map(([term, [id, distance]]) => ({
        term,
        id,
        weight: (FUZZY_WEIGHT * term.length) / (term.length + distance + cut),
        typos: distance + 1,
      }));
  }
  return [];
}

/**
 * How far a misspelt word is from a term, for ranking the corrections: the edit distance, except that a doubled
 * letter typed once or a letter typed twice ("atention", "attentiion"), the commonest slip, costs half an edit.
 */
export function typoCost(typed: string, term: string, distance: number): number {
  if (distance !== 1 || Math.abs(typed.length - term.length) !== 1) return distance;
  const [long, short] = typed.length > term.length ? [typed, term] : [term, typed];
  for (let i = 0; i < long.length; i++) {
    if (long[i] === long[i - 1] && long.slice(0, i) + long.slice(i + 1) === short) return 0.5;
  }
  return distance;
}

/** BM25+ of every document holding the expansions, summed in a dense scratch array and read back in order. */
function score(index: SearchIndex, expansions: readonly Expansion[], scratch: Float64Array): Matches {
  const total = index.ids.length;
  const touched: number[] = [];
  for (const e of expansions) {
    for (const [f, field] of FIELDS.entries()) {
      const p = index.postings[e.id]![f];
      if (!p) continue;
      const idf = Math.log(1 + (total - p.docs.length + 0.5) / (p.docs.length + 0.5));
      const weight = e.weight * FIELD_BOOST[field];
      const lengths = index.fieldLength[f]!;
      const average = index.averageFieldLength[f]!;
      for (let i = 0; i < p.docs.length; i++) {
        const d = p.docs[i]!;
        const tf = p.counts[i]!;
        const raw =
          idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * lengths[d]!) / average)));
        if (scratch[d] === 0) touched.push(d);
        scratch[d]! += weight * raw;
      }
    }
  }
  const docs = Int32Array.from(touched).sort();
  const scores = new Float64Array(docs.length);
  for (let i = 0; i < docs.length; i++) {
    scores[i] = scratch[docs[i]!]!;
    scratch[docs[i]!] = 0;
  }
  return { docs, scores };
}

/** Both lists merged in one pass: documents in both (AND) or in either (OR), scores added. */
function combine(a: Matches, b: Matches, combineWith: "AND" | "OR"): Matches {
  const either = combineWith === "OR";
  const docs = new Int32Array(either ? a.docs.length + b.docs.length : Math.min(a.docs.length, b.docs.length));
  const scores = new Float64Array(docs.length);
  let n = 0;
  const keep = (doc: number, score: number) => {
    docs[n] = doc;
    scores[n++] = score;
  };
  let i = 0;
  let j = 0;
  while (i < a.docs.length && j < b.docs.length) {
    if (a.docs[i] === b.docs[j]) keep(a.docs[i]!, a.scores[i++]! + b.scores[j++]!);
    else if (a.docs[i]! < b.docs[j]!) {
      // Only in a: kept by OR, skipped by AND.
      if (either) keep(a.docs[i]!, a.scores[i]!);
      i++;
    } else {
      if (either) keep(b.docs[j]!, b.scores[j]!);
      j++;
    }
  }
  if (either) {
    for (; i < a.docs.length; i++) keep(a.docs[i]!, a.scores[i]!);
    for (; j < b.docs.length; j++) keep(b.docs[j]!, b.scores[j]!);
  }
  return { docs: docs.subarray(0, n), scores: scores.subarray(0, n) };
}

const NONE: Matches = { docs: new Int32Array(0), scores: new Float64Array(0) };

function evaluateNode(index: SearchIndex, q: Query, scratch: Float64Array): Node {
  if ("term" in q) {
    const expansions = expand(index, q);
    return { source: q.term, expansions, matches: score(index, expansions, scratch) };
  }
  const children = q.queries.map((c) => evaluateNode(index, c, scratch));
  const [first, ...rest] = children.map((c) => c.matches);
  return {
    combineWith: q.combineWith,
    children,
    matches: rest.reduce((a, b) => combine(a, b, q.combineWith), first ?? NONE),
  };
}

const contains = (sorted: Int32Array, doc: number) => {
  let lo = 0;
  for (let hi = sorted.length; lo < hi;) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] === doc;
};

const intersect = (a: Int32Array, b: Int32Array) => a.filter((doc) => contains(b, doc));

/**
 * The query terms each final match owes its score to: under an AND every part's, under an OR only those of the
 * parts the document matched.
 */
function contributingTerms(
  node: Node,
  alive: Int32Array,
  out: { source: string; expansions: Expansion[]; alive: Int32Array }[],
) {
  if ("source" in node) out.push({ source: node.source, expansions: node.expansions, alive });
  else
    for (const c of node.children)
      contributingTerms(c, node.combineWith === "AND" ? alive : intersect(alive, c.matches.docs), out);
  return out;
}

/** Every document matching the query, with its score: the sum of its terms' scores times the number of distinct query terms it matched. */
export function evaluate(index: SearchIndex, query: Query): Evaluation {
  const root = evaluateNode(index, query, new Float64Array(index.ids.length));
  const { docs } = root.matches;
  const leaves = contributingTerms(root, docs, []);
  const sources = [...new Set(leaves.map((l) => l.source))];
  const quality = new Int32Array(index.ids.length);
  const counted = new Int32Array(index.ids.length).fill(-1);
  for (const [s, source] of sources.entries()) {
    for (const leaf of leaves) {
      if (leaf.source !== source) continue;
      for (const d of leaf.alive) {
        if (counted[d] === s) continue;
        counted[d] = s;
        quality[d]! += 1;
      }
    }
  }
  const scores = root.matches.scores.map((score, i) => score * quality[docs[i]!]!);
  const typos = typosOf(index, leaves, sources);
  // At most a few typos per word and a few words: far fewer than 1,000 per matched word.
  const tiers = Float64Array.from(docs, (d) => quality[d]! * 1000 - (typos?.[d] ?? 0));
  const termsOf = (doc: number) => {
    const terms = new Set<string>();
    for (const leaf of leaves) {
      if (!contains(leaf.alive, doc)) continue;
      for (const e of leaf.expansions)
        if (index.postings[e.id]!.some((p) => p && contains(p.docs, doc))) terms.add(e.term);
    }
    return terms;
  };
  return { docs, scores, tiers, termsOf };
}

/**
 * Per document, the typos forgiven to match it: for each query word, none when an exact or prefix term of it
 * occurs in the document, else the least typo cost among its corrections that do. Undefined when the query
 * forgave no typo (the common case costs nothing).
 */
function typosOf(
  index: SearchIndex,
  leaves: readonly { source: string; expansions: Expansion[] }[],
  sources: readonly string[],
): Float64Array | undefined {
  if (!leaves.some((l) => l.expansions.some((e) => e.typos > 0))) return undefined;
  const total = new Float64Array(index.ids.length);
  const least = new Float64Array(index.ids.length);
  for (const source of sources) {
    const expansions = leaves.filter((l) => l.source === source).flatMap((l) => l.expansions);
    if (!expansions.some((e) => e.typos > 0)) continue;
    least.fill(Infinity);
    for (const e of expansions)
      for (const p of index.postings[e.id]!) if (p) for (const d of p.docs) least[d] = Math.min(least[d]!, e.typos);
    for (let d = 0; d < least.length; d++) if (least[d]! !== Infinity) total[d]! += least[d]!;
  }
  return total;
}
