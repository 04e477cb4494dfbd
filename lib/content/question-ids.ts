import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Every `id:` inside a ```meta block of one bank file, read without a full parse (so a broken bank still counts). */
export function idsInBankText(text: string): string[] {
  const ids: string[] = [];
  for (const block of text.matchAll(/^```meta[ \t]*\n([\s\S]*?)^```/gm)) {
    const m = /^id:[ \t]*["']?([^\s"'#]+)/m.exec(block[1]!);
    if (m) ids.push(m[1]!);
  }
  return ids;
}

function bankFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".md"))
    .map((e) => path.join(e.parentPath, e.name));
}

/**
 * The ids used anywhere under `<content>/banks`, drafts and retired questions included: an id is never reused,
 * because learners' progress is keyed by it.
 */
export function existingQuestionIds(contentDir: string): Set<string> {
  const ids = new Set<string>();
  for (const file of bankFiles(path.join(contentDir, "banks"))) for (const id of idsInBankText(readFileSync(file, "utf8"))) ids.add(id);
  return ids;
}

/**
 * The prefix a topic's ids already use (`dl-` for deep-learning-basics), so new ids match the house style;
 * the topic's first word for a topic without questions yet.
 */
export function topicIdPrefix(contentDir: string, topic: string): string {
  const counts = new Map<string, number>();
  for (const file of bankFiles(path.join(contentDir, "banks", topic))) {
    for (const id of idsInBankText(readFileSync(file, "utf8"))) {
      const prefix = id.split("-")[0]!;
      counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
    }
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return best ? best[0] : topic.split("-")[0]!;
}

/** A fresh id `<prefix>-<type>-<random>`, unique among `taken`; authors may rename it before the first merge. */
export function freshQuestionId(prefix: string, type: string, taken: Set<string>, random = () => randomBytes(3).toString("hex")): string {
  for (;;) {
    const id = `${prefix}-${type}-${random()}`;
    if (!taken.has(id)) return id;
  }
}
