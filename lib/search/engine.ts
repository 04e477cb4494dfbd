import SearchableMap from "minisearch/SearchableMap";
import type { SearchDocument } from "./documents";
import { indexTerms } from "./tokenize";

/** A title match counts most, then the prompt, then answers and explanations (and article text). */
export const FIELD_BOOST = { title: 4, prompt: 2, tags: 2, body: 1 } as const;
export type Field = keyof typeof FIELD_BOOST;
export const FIELDS = Object.keys(FIELD_BOOST) as Field[];

/** The documents (by position in the index, ascending) that hold one term in one field, and how often each does. */
export type Postings = { docs: Int32Array; counts: Int32Array };

/**
 * An inverted index kept in typed arrays, so scoring a term that occurs in every document is a loop over numbers
 * rather than an object per match. Documents are numbered by their position in `ids`. The vocabulary is
 * MiniSearch's radix tree, which finds the terms a word being typed begins, or a word with a typo is close to.
 */
export type SearchIndex = {
  ids: readonly string[];
  /** Per field, per document: how many distinct terms the field has (BM25's field length). */
  fieldLength: readonly Int32Array[];
  averageFieldLength: readonly number[];
  vocabulary: SearchableMap<number>;
  /** Per term (the vocabulary's value), per field: the postings, absent when no document has the term there. */
  postings: readonly (readonly (Postings | undefined)[])[];
};

// Bumped whenever the saved shape changes: a file of another format is rebuilt, never misread.
const FORMAT = "goldmine-search-index/2";

const fieldText = (doc: SearchDocument, field: Field) => (field === "tags" ? doc.tags.join(" ") : doc[field]);

// The running mean MiniSearch keeps, so that scores stay exactly what they were when it did the scoring.
function averages(fieldLength: readonly Int32Array[]): number[] {
  return fieldLength.map((lengths) =>
    lengths.reduce((mean, length, count) => (mean * count + length) / (count + 1), 0),
  );
}

export function createSearchIndex(docs: readonly SearchDocument[]): SearchIndex {
  const vocabulary = new SearchableMap<number>();
  const lists: { docs: number[]; counts: number[] }[][] = [];
  const fieldLength = FIELDS.map(() => new Int32Array(docs.length));
  for (const [d, doc] of docs.entries()) {
    for (const [f, field] of FIELDS.entries()) {
      const terms = indexTerms(fieldText(doc, field));
      fieldLength[f]![d] = new Set(terms).size;
      for (const term of terms) {
        const list =
          lists[vocabulary.fetch(term, () => lists.push(FIELDS.map(() => ({ docs: [], counts: [] }))) - 1)]![f]!;
        if (list.docs.at(-1) === d) list.counts[list.counts.length - 1]! += 1;
        else {
          list.docs.push(d);
          list.counts.push(1);
        }
      }
    }
  }
  const postings = lists.map((fields) =>
    fields.map((l) =>
      l.docs.length ? { docs: Int32Array.from(l.docs), counts: Int32Array.from(l.counts) } : undefined,
    ),
  );
  return { ids: docs.map((d) => d.id), fieldLength, averageFieldLength: averages(fieldLength), vocabulary, postings };
}

/** Saved postings: per field, the gaps between ascending document numbers (small numbers) and the counts, or 0. */
type SavedPostings = [gaps: number[], counts: number[]] | 0;
type SavedIndex = {
  format: typeof FORMAT;
  ids: string[];
  fieldLength: number[][];
  terms: [term: string, ...SavedPostings[]][];
};

export function serializeSearchIndex(index: SearchIndex): string {
  const terms: SavedIndex["terms"] = [];
  for (const [term, t] of index.vocabulary) {
    const fields = index.postings[t]!.map((p): SavedPostings =>
      p ? [[...p.docs].map((d, i) => d - (p.docs[i - 1] ?? 0)), [...p.counts]] : 0,
    );
    terms.push([term, ...fields]);
  }
  const saved: SavedIndex = {
    format: FORMAT,
    ids: [...index.ids],
    fieldLength: index.fieldLength.map((l) => [...l]),
    terms,
  };
  return JSON.stringify(saved);
}

/** The index saved by `serializeSearchIndex`, or undefined when the file is of another format (an older build's). */
export function loadSearchIndex(json: string): SearchIndex | undefined {
  const saved = JSON.parse(json) as SavedIndex | { format?: unknown };
  if (saved.format !== FORMAT) return undefined;
  const { ids, fieldLength, terms } = saved as SavedIndex;
  const vocabulary = new SearchableMap<number>();
  const postings = terms.map(([term, ...fields], t) => {
    vocabulary.set(term, t);
    return fields.map((p) => {
      if (!p) return undefined;
      const docs = new Int32Array(p[0].length);
      for (let i = 0, d = 0; i < docs.length; i++) docs[i] = d += p[0][i]!;
      return { docs, counts: Int32Array.from(p[1]) };
    });
  });
  const lengths = fieldLength.map((l) => Int32Array.from(l));
  return { ids, fieldLength: lengths, averageFieldLength: averages(lengths), vocabulary, postings };
}
