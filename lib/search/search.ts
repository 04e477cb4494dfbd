import type { SearchResult } from "minisearch";
import type { Lang } from "../content/schemas/common";
import type { SearchDocument } from "./documents";
import type { SearchIndex } from "./engine";
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

export type SearchCorpus = { index: SearchIndex; docs: ReadonlyMap<string, SearchDocument> };

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
  if (words.length === 0) return p.q === "" && hasFilters(p) ? listQuestions(corpus, p, uiLang, limit) : { total: 0, hits: [] };
  const filter = (r: SearchResult) => matchesFilters(corpus.docs.get(r.id as string)!, p);
  const run = (combineWith: "AND" | "OR", wider: boolean) => corpus.index.search(buildQuery(words, combineWith, wider), { filter });
  // Cheapest first: the words as typed and as the segmenter cut them. Character pairs and typo tolerance (the
  // costly lookups) only come in when that finds less than a page, any-word matching only when nothing has every word.
  let results = run("AND", false);
  const canWiden = words.some((w) => (w.kind === "cjk" && w.bigrams.length > 0) || (w.kind === "latin" && w.raw.length >= 5));
  if (results.length < limit && canWiden) results = run("AND", true);
  if (results.length === 0 && words.length > 1) results = run("OR", true);
  const best = new Map<string, SearchResult>();
  for (const r of results) {
    const key = corpus.docs.get(r.id as string)!.key;
    const seen = best.get(key);
    if (!seen) best.set(key, r);
    else if (corpus.docs.get(r.id as string)!.lang === uiLang) best.set(key, { ...r, score: seen.score });
  }
  const hits = [...best.values()].slice(0, limit).map((r) => toHit(corpus.docs.get(r.id as string)!, new Set(r.terms)));
  return { total: best.size, hits };
}

function listQuestions(corpus: SearchCorpus, p: SearchParams, uiLang: Lang, limit: number): SearchOutcome {
  const byKey = new Map<string, SearchDocument>();
  for (const doc of corpus.docs.values()) {
    if (doc.kind !== "question" || !matchesFilters(doc, p)) continue;
    if (!byKey.has(doc.key) || doc.lang === uiLang) byKey.set(doc.key, doc);
  }
  const docs = [...byKey.values()];
  return { total: docs.length, hits: docs.slice(0, limit).map((d) => toHit(d, new Set())) };
}

function toHit(doc: SearchDocument, terms: ReadonlySet<string>): SearchHit {
  return {
    kind: doc.kind, url: doc.url, lang: doc.lang, topic: doc.topic, type: doc.type, difficulty: doc.difficulty, context: doc.context,
    title: highlight(doc.title, terms),
    snippet: snippet([doc.prompt, doc.body], terms),
  };
}
