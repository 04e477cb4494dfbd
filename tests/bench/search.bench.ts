import { mkdtempSync, rmSync } from "node:fs";
import os, { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "../../lib/cli/args";
import { loadContent } from "../../lib/content/load";
import { createSearchCorpus } from "../../lib/search/corpus";
import { searchDocuments } from "../../lib/search/documents";
import { createSearchIndex, loadSearchIndex, serializeSearchIndex } from "../../lib/search/engine";
import { SearchParamsSchema } from "../../lib/search/params";
import { runSearch } from "../../lib/search/search";
import { writeSyntheticContent } from "./synthetic-content";
import { writeResult } from "./lib/results";

/**
 * `npm run bench:search -- --questions 5000 [--queries 500]`: N bilingual synthetic questions through the real
 * content pipeline, then the search index as `content:build` makes it (build time, size, load time) and the time
 * of a search as GET /api/search runs it (query, filters, one result per question, highlighted snippets) for a
 * mix of Chinese and English queries: whole words, phrases, words being typed, typos, filters.
 */
const { values } = parseArgs(process.argv.slice(2), { values: ["questions", "queries"] });
const QUESTIONS = Number(values.questions ?? 5000);
const QUERIES = Number(values.queries ?? 500);

const ms = (t0: number) => performance.now() - t0;
const round = (n: number) => Math.round(n * 100) / 100;
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** A query's shape names it in the per-shape figures: its parameters with the random question number as "N". */
const shapeOf = (q: Record<string, string>) =>
  Object.entries(q)
    .map(([k, v]) => `${k}=${v.replace(/\d+/g, "N")}`)
    .join(" ");

function queryMix(count: number): Record<string, string>[] {
  const n = () => String(Math.floor(Math.random() * QUESTIONS));
  const shapes: (() => Record<string, string>)[] = [
    () => ({ q: "softmax" }),
    () => ({ q: "numerical stability" }),
    () => ({ q: "subtract the maximum" }),
    () => ({ q: `synthetic question ${n()}` }),
    () => ({ q: "stabil" }), // typed halfway
    () => ({ q: "exponentiate overflows" }),
    () => ({ q: "numerical stabilty" }), // typo
    () => ({ q: "softmax", type: "code", lang: "en" }),
    () => ({ q: "数值稳定性" }),
    () => ({ q: "合成题" }),
    () => ({ q: `合成题 ${n()}` }),
    () => ({ q: "减去最大值" }),
    () => ({ q: "溢出" }),
    () => ({ q: "稳定", difficulty: "hard", lang: "zh" }),
    () => ({ q: "指数" }),
    () => ({ type: "cloze", tag: `t${Number(n()) % 17}` }), // filters only
  ];
  return Array.from({ length: count }, (_, i) => shapes[i % shapes.length]!());
}

const root = mkdtempSync(path.join(tmpdir(), "goldmine-search-bench-"));
try {
  const dir = path.join(root, "content");
  writeSyntheticContent(dir, QUESTIONS);
  let t0 = performance.now();
  const { snapshot } = await loadContent({ dir, cacheDir: path.join(root, "cache") });
  const pipelineMs = ms(t0);
  if (snapshot.errors.length || snapshot.questions.length !== QUESTIONS)
    throw new Error(`synthetic content did not load cleanly (${snapshot.errors.length} errors)`);

  t0 = performance.now();
  const docs = searchDocuments(snapshot);
  const built = createSearchIndex(docs);
  const json = serializeSearchIndex(built);
  const buildMs = ms(t0);
  t0 = performance.now();
  const corpus = createSearchCorpus(loadSearchIndex(json)!, docs)!;
  const loadMs = ms(t0);

  const mix = queryMix(QUERIES);
  const queries = mix.map((q) => SearchParamsSchema.parse(q));
  for (const q of queries.slice(0, 20)) runSearch(corpus, q, "en"); // warm-up: JIT, not measured
  // Wall time is what a user waits for; CPU time is the engine's own cost, which a busy shared machine (other
  // processes taking turns on the cores) does not inflate. Both are reported.
  const wall: number[] = [];
  const cpu: number[] = [];
  let results = 0;
  for (const [i, q] of queries.entries()) {
    const c0 = process.cpuUsage();
    t0 = performance.now();
    results += runSearch(corpus, q, i % 2 ? "zh" : "en").total;
    wall.push(ms(t0));
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  // Which shapes are slow: the mean wall and CPU time of each, slowest first.
  const byShape = new Map<string, { wall: number; cpu: number; n: number }>();
  for (const [i, q] of mix.entries()) {
    const s = byShape.get(shapeOf(q)) ?? { wall: 0, cpu: 0, n: 0 };
    byShape.set(shapeOf(q), { wall: s.wall + wall[i]!, cpu: s.cpu + cpu[i]!, n: s.n + 1 });
  }
  const perShape = Object.fromEntries(
    [...byShape]
      .sort(([, a], [, b]) => b.wall / b.n - a.wall / a.n)
      .map(([shape, s]) => [shape, { wallMs: round(s.wall / s.n), cpuMs: round(s.cpu / s.n) }]),
  );
  const stats = (list: number[]) => {
    const sorted = [...list].sort((a, b) => a - b);
    return { median: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), max: round(sorted.at(-1)!) };
  };
  const figures = {
    questions: QUESTIONS,
    documents: docs.length,
    contentPipelineMs: Math.round(pipelineMs),
    indexBuildMs: Math.round(buildMs),
    indexSizeMB: round(Buffer.byteLength(json) / 1e6),
    indexLoadMs: Math.round(loadMs),
    queries: QUERIES,
    meanResults: Math.round(results / QUERIES),
    queryMs: stats(wall),
    queryCpuMs: stats(cpu),
    perShapeMeanMs: perShape,
    loadAverage: os.loadavg().map((l) => round(l)),
  };
  console.log(JSON.stringify(figures, null, 2));
  writeResult("search", figures);
} finally {
  rmSync(root, { recursive: true, force: true });
}
