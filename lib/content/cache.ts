import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * A content-hash cache of per-file parse results: one small JSON file per source file version, so neither a
 * cold run nor a warm one ever builds one huge string. The key covers the file's path and bytes and the
 * pipeline's own source, so editing a parser invalidates every entry without anyone bumping a version.
 */
export class ParseCache<T> {
  private readonly used = new Set<string>();
  hits = 0;
  misses = 0;

  constructor(private readonly dir: string | undefined) {
    if (dir) mkdirSync(dir, { recursive: true });
  }

  keyFor(relPath: string, raw: string): string {
    return createHash("sha256").update(pipelineVersion()).update("\0").update(relPath).update("\0").update(raw).digest("hex").slice(0, 40);
  }

  get(key: string): T | undefined {
    if (this.dir) {
      try {
        const value = JSON.parse(readFileSync(path.join(this.dir, `${key}.json`), "utf8")) as T;
        this.hits++;
        this.used.add(key);
        return value;
      } catch {
        // Not cached yet (or unreadable): parse it.
      }
    }
    this.misses++;
    return undefined;
  }

  set(key: string, value: T) {
    if (!this.dir) return;
    this.used.add(key);
    const file = path.join(this.dir, `${key}.json`);
    writeFileSync(`${file}.${process.pid}.tmp`, JSON.stringify(value));
    renameSync(`${file}.${process.pid}.tmp`, file);
  }

  /** Forgets entries no file needed this run (old versions of edited files, deleted files). */
  prune() {
    if (!this.dir) return;
    for (const name of readdirSync(this.dir)) {
      if (name.endsWith(".json") && !this.used.has(name.slice(0, -5))) rmSync(path.join(this.dir, name), { force: true });
    }
  }
}

/** The cache folder for one content root, under .goldmine/cache/. */
export function cacheDirFor(contentDir: string, base = path.join(".goldmine", "cache")): string {
  return path.join(base, createHash("sha256").update(path.resolve(contentDir)).digest("hex").slice(0, 16));
}

let version: string | undefined;
const NOT_PARSING = new Set(["changes", "import", "scaffold"]);

function pipelineVersion(): string {
  if (version) return version;
  const dir = path.dirname(fileURLToPath(import.meta.url));
  const hash = createHash("sha256");
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) {
        // Tools that sit beside the pipeline (change reports, the importer, the scaffolder) do not change parse results.
        if (!NOT_PARSING.has(entry.name)) walk(p);
      }
      else if (entry.name.endsWith(".ts")) hash.update(entry.name).update(readFileSync(p));
    }
  };
  walk(dir);
  version = hash.digest("hex").slice(0, 16);
  return version;
}
