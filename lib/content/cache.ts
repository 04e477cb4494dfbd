import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

type Entry<T> = { key: string; value: T };

/**
 * A content-hash cache of per-file parse results. The key covers the file's path and bytes and the pipeline's
 * own source, so editing a parser invalidates every entry without anyone remembering to bump a version.
 */
export class ParseCache<T> {
  private entries = new Map<string, Entry<T>>();
  private used = new Map<string, Entry<T>>();
  hits = 0;
  misses = 0;

  constructor(private readonly file: string | undefined) {
    if (!file) return;
    try {
      const data = JSON.parse(readFileSync(file, "utf8")) as { version: string; entries: [string, Entry<T>][] };
      if (data.version === pipelineVersion()) this.entries = new Map(data.entries);
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
  }

  keyFor(relPath: string, raw: string): string {
    return createHash("sha256").update(relPath).update("\0").update(raw).digest("hex");
  }

  get(relPath: string, key: string): T | undefined {
    const entry = this.entries.get(relPath);
    if (entry?.key === key) {
      this.hits++;
      this.used.set(relPath, entry);
      return entry.value;
    }
    this.misses++;
    return undefined;
  }

  set(relPath: string, key: string, value: T) {
    this.used.set(relPath, { key, value });
  }

  save() {
    if (!this.file) return;
    mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ version: pipelineVersion(), entries: [...this.used] }));
    renameSync(tmp, this.file);
  }
}

let version: string | undefined;

function pipelineVersion(): string {
  if (version) return version;
  const dir = path.dirname(fileURLToPath(import.meta.url));
  const hash = createHash("sha256");
  const walk = (d: string) => {
    for (const name of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, name.name);
      if (name.isDirectory()) walk(p);
      else if (name.name.endsWith(".ts")) hash.update(name.name).update(readFileSync(p));
    }
  };
  walk(dir);
  version = hash.digest("hex").slice(0, 16);
  return version;
}
