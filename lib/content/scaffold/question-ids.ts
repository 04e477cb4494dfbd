import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";

const META_ID = /^```meta\s*\n(?:[^`]*?\n)?id:\s*([a-z0-9-]+)\s*$/gm;

/** Every question id used in the banks under a content root (read from the meta blocks, without a full parse). */
export function existingQuestionIds(contentDir: string): Set<string> {
  const ids = new Set<string>();
  const banks = path.join(contentDir, "banks");
  if (!existsSync(banks)) return ids;
  for (const topic of readdirSync(banks, { withFileTypes: true })) {
    if (!topic.isDirectory()) continue;
    for (const file of readdirSync(path.join(banks, topic.name))) {
      if (!file.endsWith(".md")) continue;
      for (const m of readFileSync(path.join(banks, topic.name, file), "utf8").matchAll(META_ID)) ids.add(m[1]!);
    }
  }
  return ids;
}

/** A fresh id `<prefix>-<type>-<random>`, unique among `taken`; authors may rename it before the first merge. */
export function freshQuestionId(prefix: string, type: string, taken: Set<string>, random = () => randomBytes(3).toString("hex")): string {
  for (;;) {
    const id = `${prefix}-${type}-${random()}`;
    if (!taken.has(id)) return id;
  }
}
