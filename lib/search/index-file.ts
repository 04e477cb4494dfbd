import { renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { ContentSnapshot } from "../content/schemas/snapshot";
import { searchDocuments } from "./documents";
import { createSearchIndex, serializeSearchIndex } from "./engine";

/** The search index lives next to the snapshot it was built from. */
export const searchIndexPath = (snapshotPath: string) => path.join(path.dirname(snapshotPath), "search-index.json");

/** Builds the search index of a snapshot and writes it atomically next to it. */
export function writeSearchIndex(snapshot: ContentSnapshot, snapshotPath: string) {
  const out = searchIndexPath(snapshotPath);
  const tmp = `${out}.${process.pid}.tmp`;
  writeFileSync(tmp, serializeSearchIndex(createSearchIndex(searchDocuments(snapshot))));
  renameSync(tmp, out);
}
