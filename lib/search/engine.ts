import MiniSearch, { type Options } from "minisearch";
import type { SearchDocument } from "./documents";
import { indexTerms } from "./tokenize";

/** A title match counts most, then the prompt, then answers and explanations (and article text). */
export const FIELD_BOOST = { title: 4, prompt: 2, tags: 2, body: 1 } as const;
type Field = keyof typeof FIELD_BOOST;

export type SearchIndex = MiniSearch<SearchDocument>;

// Queries arrive already turned into terms (see query.ts), so at search time a "string" is one term.
const options: Options<SearchDocument> = {
  fields: Object.keys(FIELD_BOOST),
  idField: "id",
  tokenize: indexTerms,
  processTerm: (term) => term,
  extractField: (doc, field) => (field === "tags" ? doc.tags.join(" ") : (doc[field as Exclude<Field, "tags"> | "id"] ?? "")),
  searchOptions: { tokenize: (query) => query.split(" ").filter(Boolean), processTerm: (term) => term, boost: { ...FIELD_BOOST } },
};

export function createSearchIndex(docs: readonly SearchDocument[]): SearchIndex {
  const index = new MiniSearch<SearchDocument>(options);
  index.addAll(docs);
  return index;
}

export const serializeSearchIndex = (index: SearchIndex) => JSON.stringify(index);

export const loadSearchIndex = (json: string): SearchIndex => MiniSearch.loadJSON<SearchDocument>(json, options);
