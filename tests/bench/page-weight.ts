import { chromium } from "@playwright/test";
import { parseArgs } from "../../lib/cli/args";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../helpers/chromium";
import { benchPages } from "./lib/bench-pages";
import { verifyMarkers } from "./lib/library-markers";
import { measurePageWeight } from "./lib/measure-page-weight";
import { JS_BUDGET_BYTES, summarize, type PageWeightSummary } from "./lib/page-weight-budget";
import { writeResult } from "./lib/results";
import { kb, table } from "./lib/table";
import { withTargetServer } from "./lib/target-server";

/**
 * `npm run bench:weight [-- --url http://127.0.0.1:3000] [--port 3401]`: loads the home, flashcard, quiz and
 * article pages of a production build in Chromium and weighs every response as it crossed the wire. Exits 1
 * when a page misses a budget (see lib/page-weight-budget.ts).
 */
const { values } = parseArgs(process.argv.slice(2), { values: ["url", "port"] });
verifyMarkers();
const { pages, notes } = benchPages();

const summaries = await withTargetServer(
  values.url,
  Number(values.port ?? 3401),
  "file:./data/bench-weight.db",
  async (base) => {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    try {
      // A first visit's weight: the service worker would answer later pages from its cache (and hide their bytes).
      const context = await browser.newContext({ locale: "en-US", serviceWorkers: "block" });
      const out: PageWeightSummary[] = [];
      for (const page of pages)
        out.push(summarize(page.name, await measurePageWeight(context, await page.prepare(context, base))));
      return out;
    } finally {
      await browser.close();
    }
  },
);

const yes = (b: boolean) => (b ? "yes" : "no");
console.log(
  table([
    [
      "page",
      "JS gz KB",
      "files",
      "on-demand JS KB",
      "CSS gz KB",
      "KaTeX CSS",
      "fonts KB",
      "KaTeX fonts",
      "math",
      "diagrams",
      "katex/mermaid/shiki JS B",
      "ok",
    ],
    ...summaries.map((s) => [
      s.page,
      kb(s.jsFirstLoad.bytes),
      String(s.jsFirstLoad.files),
      kb(s.jsOnDemand.bytes),
      kb(s.css.bytes),
      yes(s.css.katex),
      kb(s.fonts.bytes),
      String(s.fonts.katex),
      yes(s.contains.math),
      yes(s.contains.diagrams),
      `${s.libraryBytes.katex}/${s.libraryBytes.mermaid}/${s.libraryBytes.shiki}`,
      s.failures.length ? "MISS" : "ok",
    ]),
  ]),
);
console.log(
  `\nJS budget ${kb(JS_BUDGET_BYTES)} KB gzip per page. Sizes are bytes on the wire (the server's gzip); responses it sent uncompressed (small files) are counted re-gzipped at level 6: ${summaries.reduce((s, x) => s + x.regzipped, 0)} of them.`,
);
for (const note of notes) console.log(`note: ${note}`);
for (const s of summaries) for (const f of s.failures) console.log(`✗ ${s.page}: ${f}`);
console.log(`→ ${writeResult("page-weight", { budgetBytes: JS_BUDGET_BYTES, notes, pages: summaries })}`);
process.exit(summaries.some((s) => s.failures.length > 0) ? 1 : 0);
