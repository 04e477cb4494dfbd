import type { SearchDocument } from "./documents";
import type { SearchIndex } from "./engine";

/**
 * The index with the documents it numbers: `docs[n]` is the index's document n, and `keys[n]` numbers its key
 * (the same for both languages of one thing), so that ranking and listing each thing once index arrays rather
 * than look strings up.
 */
export type SearchCorpus = { index: SearchIndex; docs: readonly SearchDocument[]; keys: Int32Array; keyCount: number };

/** Undefined when the index was built from other documents (a file older than the content it is served with). */
export function createSearchCorpus(index: SearchIndex, docs: readonly SearchDocument[]): SearchCorpus | undefined {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const ordered = index.ids.flatMap((id) => byId.get(id) ?? []);
  if (ordered.length !== docs.length || index.ids.length !== docs.length) return undefined;
  const keyNumbers = new Map<string, number>();
  const keys = Int32Array.from(
    ordered,
    (d) => keyNumbers.get(d.key) ?? keyNumbers.set(d.key, keyNumbers.size).size - 1,
  );
  return { index, docs: ordered, keys, keyCount: keyNumbers.size };
}
