import "server-only";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Lang } from "../content/schemas/common";
import { readEnv } from "../env";
import { createSearchCorpus, type SearchCorpus } from "../search/corpus";
import { searchDocuments } from "../search/documents";
import { createSearchIndex, loadSearchIndex } from "../search/engine";
import { searchIndexPath } from "../search/index-file";
import type { SearchParams } from "../search/params";
import { PAGE_SIZE } from "../search/page-size";
import { runSearch, type SearchOutcome } from "../search/search";
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
 * The index `content:build` wrote, loaded once per process and again when it changes. An index missing, older
 * than its snapshot, of an older format or of other documents (a snapshot written by an older build) is rebuilt
 * here, so search never serves stale results.
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
    const saved = fresh ? loadSearchIndex(readFileSync(indexFile, "utf8")) : undefined;
    const corpus = (saved && createSearchCorpus(saved, docs)) ?? createSearchCorpus(createSearchIndex(docs), docs)!;
    cached = { key, corpus };
  }
  return cached.corpus;
}

export function search(params: SearchParams, uiLang: Lang): SearchOutcome {
  return runSearch(corpus(), params, uiLang, PAGE_SIZE, ((params.page ?? 1) - 1) * PAGE_SIZE);
}

/** The values the filters offer: topics come from the snapshot, tags from every published question and article. */
export function searchFilterOptions(lang: Lang) {
  const snapshot = getSnapshot();
  const tags = new Set<string>();
  for (const doc of corpus().docs) for (const tag of doc.tags) tags.add(tag);
  return {
    topics: snapshot.topics.map((t) => ({ id: t.id, name: t.name[lang] })),
    tags: [...tags].sort(),
  };
}
