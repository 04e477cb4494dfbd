import type { Lang } from "../content/schemas/common";
import type { SearchCorpus } from "./corpus";
import type { SearchDocument } from "./documents";
import { evaluate, type Evaluation } from "./evaluate";
import { highlight, snippet, type HighlightPart } from "./highlight";
import { hasFilters, type SearchParams } from "./params";
import { buildQuery } from "./query";
import { queryWords } from "./tokenize";

export type SearchHit = {
  kind: SearchDocument["kind"];
  url: string;
  lang: Lang;
  topic: string;
  type?: SearchDocument["type"];
  difficulty?: SearchDocument["difficulty"];
  context?: string;
  title: HighlightPart[];
  snippet: HighlightPart[];
};

export type SearchOutcome = { total: number; hits: SearchHit[] };

function matchesFilters(doc: SearchDocument, p: SearchParams): boolean {
  if (p.lang !== "any" && doc.lang !== p.lang) return false;
  if (p.topic && doc.topic !== p.topic) return false;
  if (p.tag && !doc.tags.includes(p.tag)) return false;
  // Type and difficulty belong to questions: asking for them leaves articles out.
  if (p.type && doc.type !== p.type) return false;
  if (p.difficulty && doc.difficulty !== p.difficulty) return false;
  return true;
}

/**
 * Ranked results for a query and filters. A thing in both languages is listed once, in the reader's language
 * when that version matched too. An empty query with filters lists the matching questions; with neither, nothing.
 */
export function runSearch(corpus: SearchCorpus, p: SearchParams, uiLang: Lang, limit = 20): SearchOutcome {
  const words = queryWords(p.q);
  if (words.length === 0)
    return p.q === "" && hasFilters(p) ? listQuestions(corpus, p, uiLang, limit) : { total: 0, hits: [] };
  const filtered = hasFilters(p);
  const run = (combineWith: "AND" | "OR", wider: boolean) => {
    const found = evaluate(corpus.index, buildQuery(words, combineWith, wider));
    // Positions in `found` of the documents that pass the filters.
    const kept: number[] = [];
    for (let i = 0; i < found.docs.length; i++)
      if (!filtered || matchesFilters(corpus.docs[found.docs[i]!]!, p)) kept.push(i);
    return { found, kept };
  };
  // Cheapest first: the words as typed and as the segmenter cut them. Character pairs and typo tolerance (the
  // costly lookups) only come in when that finds less than a page, any-word matching only when nothing has every word.
  let results = run("AND", false);
  const canWiden = words.some(
    (w) => (w.kind === "cjk" && w.bigrams.length > 0) || (w.kind === "latin" && w.raw.length >= 5),
  );
  if (results.kept.length < limit && canWiden) results = run("AND", true);
  if (results.kept.length === 0 && words.length > 1) results = run("OR", true);
  const ranked = onePerThing(corpus, results.found, results.kept, uiLang);
  const hits = ranked.slice(0, limit).map((d) => toHit(corpus.docs[d]!, results.found.termsOf(d)));
  return { total: ranked.length, hits };
}

/**
 * One document per thing, best first: the thing ranks by its best-scoring version, and is shown in the reader's
 * language when that version matched too. Equal scores keep the content's order.
 */
function onePerThing(corpus: SearchCorpus, found: Evaluation, kept: readonly number[], uiLang: Lang): number[] {
  const best = new Float64Array(corpus.keyCount);
  const shown = new Int32Array(corpus.keyCount);
  const keys: number[] = [];
  for (const i of kept) {
    const doc = found.docs[i]!;
    const key = corpus.keys[doc]!;
    if (best[key] === 0) {
      keys.push(key);
      shown[key] = doc;
    } else if (corpus.docs[doc]!.lang === uiLang) shown[key] = doc;
    best[key] = Math.max(best[key]!, found.scores[i]!);
  }
  return keys.sort((a, b) => best[b]! - best[a]!).map((k) => shown[k]!);
}

function listQuestions(corpus: SearchCorpus, p: SearchParams, uiLang: Lang, limit: number): SearchOutcome {
  const byKey = new Map<string, SearchDocument>();
  for (const doc of corpus.docs) {
    if (doc.kind !== "question" || !matchesFilters(doc, p)) continue;
    if (!byKey.has(doc.key) || doc.lang === uiLang) byKey.set(doc.key, doc);
  }
  const docs = [...byKey.values()];
  return { total: docs.length, hits: docs.slice(0, limit).map((d) => toHit(d, new Set())) };
}

function toHit(doc: SearchDocument, terms: ReadonlySet<string>): SearchHit {
  return {
    kind: doc.kind,
    url: doc.url,
    lang: doc.lang,
    topic: doc.topic,
    type: doc.type,
    difficulty: doc.difficulty,
    context: doc.context,
    title: highlight(doc.title, terms),
    snippet: snippet([doc.prompt, doc.body], terms),
  };
}
