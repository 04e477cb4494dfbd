import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { assembleSnapshot } from "./assemble";
import { ParseCache } from "./cache";
import { DiagnosticSink, sortDiagnostics, type Diagnostic } from "./diagnostics";
import { IGNORED_CONTENT_PATH, isContentFile, parseFile, UNKNOWN_FILE_MESSAGE, type ParsedFile } from "./kinds";
import type { ContentSnapshot } from "./schemas/snapshot";

export type { ParsedFile } from "./kinds";

export type LoadOptions = {
  /** The content root, e.g. "content". */
  dir: string;
  /** Folder for cached parse results (see cacheDirFor); undefined disables the cache. */
  cacheDir?: string;
  /** Folder that holds images referenced as /…; defaults to `public` beside the content root. */
  publicDir?: string;
  /** The clock for date rules (stale facts); defaults to now. */
  now?: Date;
};

export type LoadResult = { snapshot: ContentSnapshot; stats: { files: number; parsed: number; cached: number } };

function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (!IGNORED_CONTENT_PATH.test(child)) out.push(child);
    }
  };
  walk("");
  return out.sort();
}

/** Loads, validates and renders everything under the content root. Never throws for bad content. */
export async function loadContent(options: LoadOptions): Promise<LoadResult> {
  const root = path.resolve(options.dir);
  const display = (rel: string) => path.relative(process.cwd(), path.join(root, rel)).split(path.sep).join("/");
  const cache = new ParseCache<ParsedFile | null>(options.cacheDir);
  const extra: Diagnostic[] = [];
  let names: string[] = [];
  try {
    names = listFiles(root);
  } catch {
    const sink = new DiagnosticSink(display(""));
    sink.error({ line: 1 }, "content-root", `cannot read the content folder ${root}`);
    extra.push(...sink.items);
  }

  const results: (ParsedFile | null)[] = new Array(names.length);
  const todo: { index: number; rel: string; display: string; raw: string; key: string }[] = [];
  names.forEach((rel, index) => {
    const raw = readFileSync(path.join(root, rel), "utf8");
    const key = cache.keyFor(rel, raw);
    const hit = cache.get(key);
    if (hit === undefined) todo.push({ index, rel, display: display(rel), raw, key });
    else results[index] = hit;
  });
  // One thread on purpose: measured on 2 cores, worker threads gained little (V8's concurrent GC already uses
  // the second core) and cost memory. The CLIs run with a larger young generation instead (package.json).
  for (const t of todo) {
    results[t.index] = (await parseFile(t.rel, t.display, t.raw)) ?? null;
    cache.set(t.key, results[t.index]!);
  }
  cache.prune();

  const files: ParsedFile[] = [];
  names.forEach((rel, i) => {
    const parsed = results[i];
    if (parsed) files.push(parsed);
    else if (!isContentFile(rel)) {
      const sink = new DiagnosticSink(display(rel));
      sink.warn({ line: 1 }, "file-unknown", UNKNOWN_FILE_MESSAGE);
      extra.push(...sink.items);
    }
  });
  if (!names.includes("topics.yml") && names.length > 0) {
    const sink = new DiagnosticSink(display("topics.yml"));
    sink.error({ line: 1 }, "topics-missing", "content/topics.yml is missing");
    extra.push(...sink.items);
  }

  const publicDir = options.publicDir ?? path.join(path.dirname(root), "public");
  const assembled = assembleSnapshot(files, publicDir, options.now);
  const all = sortDiagnostics([...files.flatMap((f) => f.diagnostics), ...assembled.crossDiagnostics, ...extra]);
  return {
    snapshot: {
      ...assembled.snapshot,
      errors: all.filter((d) => d.severity === "error"),
      warnings: all.filter((d) => d.severity === "warning"),
    },
    stats: { files: files.length, parsed: todo.length, cached: names.length - todo.length },
  };
}
