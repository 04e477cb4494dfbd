import { loadContent } from "../../lib/content/load";

/** One measured pipeline run in its own process, so peak memory belongs to this run alone. */
const [dir, cacheDir] = process.argv.slice(2);
const started = performance.now();
const { snapshot, stats } = await loadContent({ dir: dir!, cacheDir });
const ms = performance.now() - started;
console.log(
  JSON.stringify({
    ms: Math.round(ms),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    questions: snapshot.questions.length,
    errors: snapshot.errors.length,
    ...stats,
  }),
);
