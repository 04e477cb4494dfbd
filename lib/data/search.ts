import "server-only";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Lang } from "../content/schemas/common";
import { readEnv } from "../env";
import { searchDocuments, type SearchDocument } from "../search/documents";
import { createSearchIndex, loadSearchIndex } from "../search/engine";
import { searchIndexPath } from "../search/index-file";
import type { SearchParams } from "../search/params";
import { runSearch, type SearchCorpus, type SearchOutcome } from "../search/search";
import { getSnapshot } from "./snapshot";

let cached: { key: string; corpus: SearchCorpus } | undefined;

const mtime = (file: string) => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
};

/**
 * The index `content:build` wrote, loaded once per process and again when it changes. An index missing or older
 * than its snapshot (a snapshot written by an older build) is rebuilt here, so search never serves stale results.
 */
function corpus(): SearchCorpus {
  const snapshotFile = path.resolve(readEnv().CONTENT_SNAPSHOT);
  const snapshot = getSnapshot();
  const indexFile = searchIndexPath(snapshotFile);
  const indexTime = mtime(indexFile);
  const fresh = indexTime !== undefined && indexTime >= (mtime(snapshotFile) ?? 0);
  const key = `${snapshot.builtAt}|${fresh ? indexTime : "rebuilt"}`;
  if (cached?.key !== key) {
    const docs = searchDocuments(snapshot);
    const index = fresh ? loadSearchIndex(readFileSync(indexFile, "utf8")) : createSearchIndex(docs);
    cached = { key, corpus: { index, docs: new Map<string, SearchDocument>(docs.map((d) => [d.id, d])) } };
  }
  return cached.corpus;
}

export function search(params: SearchParams, uiLang: Lang): SearchOutcome {
  return runSearch(corpus(), params, uiLang);
}

/** The values the filters offer: topics come from the snapshot, tags from every published question and article. */
export function searchFilterOptions(lang: Lang) {
  const snapshot = getSnapshot();
  const tags = new Set<string>();
  for (const doc of corpus().docs.values()) for (const tag of doc.tags) tags.add(tag);
  return {
    topics: snapshot.topics.map((t) => ({ id: t.id, name: t.name[lang] })),
    tags: [...tags].sort(),
  };
}
