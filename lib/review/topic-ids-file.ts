import { readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { ContentSnapshot } from "../content/schemas/snapshot";

/**
 * The topic ids of the served content, in a small file next to the snapshot: the request proxy checks the topic a
 * review address names against it (answering an unknown one with a 404 page) without reading the whole snapshot.
 */
export const topicIdsPath = (snapshotPath: string) => path.join(path.dirname(snapshotPath), "topic-ids.json");

/** Written atomically after the snapshot, like the search index. */
export function writeTopicIds(snapshot: Pick<ContentSnapshot, "topics">, snapshotPath: string) {
  const out = topicIdsPath(snapshotPath);
  const tmp = `${out}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(snapshot.topics.map((t) => t.id)));
  renameSync(tmp, out);
}

let cached: { file: string; mtimeMs: number; ids: ReadonlySet<string> } | undefined;

/** The served topic ids, re-read when the file changes (a content publish); undefined when there is no file yet. */
export function readTopicIds(snapshotPath: string): ReadonlySet<string> | undefined {
  const file = topicIdsPath(snapshotPath);
  try {
    const { mtimeMs } = statSync(file);
    if (cached?.file !== file || cached.mtimeMs !== mtimeMs)
      cached = { file, mtimeMs, ids: new Set(JSON.parse(readFileSync(file, "utf8")) as string[]) };
    return cached.ids;
  } catch {
    return undefined;
  }
}
