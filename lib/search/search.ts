import type { Lang } from "../content/schemas/common";
import type { SearchCorpus } from "./corpus";
import type { SearchDocument } from "./documents";
import { evaluate, type Evaluation } from "./evaluate";
import { highlight, snippet, type HighlightPart } from "./highlight";
import { PAGE_SIZE } from "./page-size";
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

/** One page of results: `hits` are results `offset + 1` to `offset + hits.length` of `total`. */
export type SearchOutcome = { total: number; offset: number; hits: SearchHit[] };

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
export function runSearch(
  corpus: SearchCorpus,
  p: SearchParams,
  uiLang: Lang,
  limit = PAGE_SIZE,
  offset = 0,
): SearchOutcome {
  const words = queryWords(p.q);
  if (words.length === 0)
    return p.q === "" && hasFilters(p)
      ? listQuestions(corpus, p, uiLang, limit, offset)
      : { total: 0, offset, hits: [] };
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
  // costly lookups) only come in when that finds less than a page, any-word matching only when nothing has every
  // word. Every page of one search makes the same choice (a page's worth, not the page asked for), so pages
  // never overlap or skip.
  let results = run("AND", false);
  const canWiden = words.some(
    (w) => (w.kind === "cjk" && w.bigrams.length > 0) || (w.kind === "latin" && w.raw.length >= 5),
  );
  if (results.kept.length < PAGE_SIZE && canWiden) results = run("AND", true);
  if (results.kept.length === 0 && words.length > 1) results = run("OR", true);
  const ranked = onePerThing(corpus, results.found, results.kept, uiLang);
  const hits = ranked.slice(offset, offset + limit).map((d) => toHit(corpus.docs[d]!, results.found.termsOf(d)));
  return { total: ranked.length, offset, hits };
}

/**
 * One document per thing, best first: the thing ranks by its best version (more words matched, then fewer typos
 * forgiven, then score), and is shown in the reader's language when that version matched too. Equal ranks keep
 * the content's order.
 */
function onePerThing(corpus: SearchCorpus, found: Evaluation, kept: readonly number[], uiLang: Lang): number[] {
  const best = new Float64Array(corpus.keyCount);
  const tier = new Float64Array(corpus.keyCount).fill(-Infinity);
  const shown = new Int32Array(corpus.keyCount);
  const keys: number[] = [];
  for (const i of kept) {
    const doc = found.docs[i]!;
    const key = corpus.keys[doc]!;
    if (best[key] === 0) {
      keys.push(key);
      shown[key] = doc;
    } else if (corpus.docs[doc]!.lang === uiLang) shown[key] = doc;
    const [t, score] = [found.tiers[i]!, found.scores[i]!];
    if (t > tier[key]! || (t === tier[key] && score > best[key]!)) [tier[key], best[key]] = [t, score];
  }
  return keys.sort((a, b) => tier[b]! - tier[a]! || best[b]! - best[a]!).map((k) => shown[k]!);
}

function listQuestions(
  corpus: SearchCorpus,
  p: SearchParams,
  uiLang: Lang,
  limit: number,
  offset: number,
): SearchOutcome {
  const byKey = new Map<string, SearchDocument>();
  for (const doc of corpus.docs) {
    if (doc.kind !== "question" || !matchesFilters(doc, p)) continue;
    if (!byKey.has(doc.key) || doc.lang === uiLang) byKey.set(doc.key, doc);
  }
  const docs = [...byKey.values()];
  return { total: docs.length, offset, hits: docs.slice(offset, offset + limit).map((d) => toHit(d, new Set())) };
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
    // A cloze question's answer field holds the answers its prompt blanks out: its snippet keeps to the prompt.
    snippet: snippet(doc.type === "cloze" ? [doc.prompt] : [doc.prompt, doc.body], terms),
  };
}
