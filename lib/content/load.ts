import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { assembleSnapshot } from "./assemble";
import { ParseCache } from "./cache";
import { DiagnosticSink, sortDiagnostics, type Diagnostic } from "./diagnostics";
import { ARTICLE_PATH, parseArticle, type ParsedArticle } from "./parse-article";
import { BANK_PATH, parseBank, type ParsedBank } from "./parse-bank";
import { parseQuiz, QUIZ_PATH, type ParsedQuiz } from "./parse-quiz";
import { parseTopics, type ParsedTopics } from "./parse-topics";
import type { ContentSnapshot } from "./schemas/snapshot";

export type ParsedFile = ParsedBank | ParsedArticle | ParsedQuiz | ParsedTopics;

export type LoadOptions = {
  /** The content root, e.g. "content". */
  dir: string;
  /** Where parse results are cached between runs; undefined disables the cache. */
  cacheFile?: string;
  /** Folder that holds images referenced as /…; defaults to `public` beside the content root. */
  publicDir?: string;
};

export type LoadResult = { snapshot: ContentSnapshot; stats: { files: number; parsed: number; cached: number } };

function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else out.push(child);
    }
  };
  walk("");
  return out.sort();
}

async function parseFile(rel: string, display: string, raw: string): Promise<ParsedFile | undefined> {
  if (rel === "topics.yml") return parseTopics(display, raw);
  if (rel.startsWith("banks/") && rel.endsWith(".md")) return parseBank(rel, display, raw);
  if (rel.startsWith("articles/") && rel.endsWith(".md")) return parseArticle(rel, display, raw);
  if (rel.startsWith("quizzes/")) return parseQuiz(rel, display, raw);
  return undefined;
}

/** Loads, validates and renders everything under the content root. Never throws for bad content. */
export async function loadContent(options: LoadOptions): Promise<LoadResult> {
  const root = path.resolve(options.dir);
  const display = (rel: string) => path.relative(process.cwd(), path.join(root, rel)).split(path.sep).join("/");
  const cache = new ParseCache<ParsedFile | null>(options.cacheFile);
  const files: ParsedFile[] = [];
  const extra: Diagnostic[] = [];
  let names: string[] = [];
  try {
    names = listFiles(root);
  } catch {
    const sink = new DiagnosticSink(display(""));
    sink.error({ line: 1 }, "content-root", `cannot read the content folder ${root}`);
    extra.push(...sink.items);
  }
  for (const rel of names) {
    if (/(^|\/)(README\.md|\.[^/]*)$/.test(rel)) continue;
    const raw = readFileSync(path.join(root, rel), "utf8");
    const key = cache.keyFor(rel, raw);
    let parsed = cache.get(rel, key);
    if (parsed === undefined) {
      parsed = (await parseFile(rel, display(rel), raw)) ?? null;
      cache.set(rel, key, parsed);
    }
    if (parsed) files.push(parsed);
    else if (!BANK_PATH.test(rel) && !ARTICLE_PATH.test(rel) && !QUIZ_PATH.test(rel)) {
      const sink = new DiagnosticSink(display(rel));
      sink.warn({ line: 1 }, "file-unknown", "not a topic list, bank, article or quiz set: it is ignored");
      extra.push(...sink.items);
    }
  }
  if (!names.includes("topics.yml") && names.length > 0) {
    const sink = new DiagnosticSink(display("topics.yml"));
    sink.error({ line: 1 }, "topics-missing", "content/topics.yml is missing");
    extra.push(...sink.items);
  }
  cache.save();

  const publicDir = options.publicDir ?? path.join(path.dirname(root), "public");
  const snapshot = assembleSnapshot(files, publicDir);
  const all = sortDiagnostics([...files.flatMap((f) => f.diagnostics), ...snapshot.crossDiagnostics, ...extra]);
  return {
    snapshot: {
      ...snapshot.snapshot,
      errors: all.filter((d) => d.severity === "error"),
      warnings: all.filter((d) => d.severity === "warning"),
    },
    stats: { files: files.length, parsed: cache.misses, cached: cache.hits },
  };
}
