import { readFileSync, renameSync, writeFileSync } from "node:fs";
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

/**
 * The served topic ids, read when asked (only for a review address naming a topic: a small file, and a publish
 * replaces it); undefined when there is no file yet.
 */
export function readTopicIds(snapshotPath: string): ReadonlySet<string> | undefined {
  try {
    return new Set(JSON.parse(readFileSync(path.resolve(topicIdsPath(snapshotPath)), "utf8")) as string[]);
  } catch {
    return undefined;
  }
}
