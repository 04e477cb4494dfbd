import { chromium } from "@playwright/test";
import { parseArgs } from "../../lib/cli/args";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../helpers/chromium";
import { benchPages } from "./lib/bench-pages";
import { judge, TARGETS, type PageResult } from "./lib/lighthouse-targets";
import { writeResult } from "./lib/results";
import { table } from "./lib/table";
import { launchChromium, runLighthouse, type FormFactor } from "./lib/run-lighthouse";
import { withTargetServer } from "./lib/target-server";

/**
 * `npm run bench:lighthouse [-- --url http://127.0.0.1:3000] [--port 3402] [--runs 3]`: Lighthouse (mobile, then
 * desktop) on the home, flashcard, quiz and article pages of a production build, each page `runs` times, the
 * median of each figure judged against the targets. Exits 1 when one is missed.
 *
 * The quiz needs state: Playwright starts it through the app's own form, and Lighthouse's Chromium sends that
 * browser's cookies (the anonymous profile) with every request, so it loads the same attempt.
 */
const { values } = parseArgs(process.argv.slice(2), { values: ["url", "port", "runs"] });
const RUNS = Number(values.runs ?? 3);
const { pages, notes } = benchPages();

const results = await withTargetServer(
  values.url,
  Number(values.port ?? 3402),
  "file:./data/bench-lighthouse.db",
  async (base) => {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ locale: "en-US", serviceWorkers: "block" });
    const targets: { name: string; url: string }[] = [];
    for (const page of pages) targets.push({ name: page.name, url: await page.prepare(context, base) });
    const cookie = (await context.cookies(base)).map((c) => `${c.name}=${c.value}`).join("; ");
    await browser.close();

    const chrome = await launchChromium();
    const out: PageResult[] = [];
    try {
      for (const formFactor of ["mobile", "desktop"] as FormFactor[]) {
        for (const { name, url } of targets) {
          const runs = [];
          for (let i = 0; i < RUNS; i++) runs.push(await runLighthouse(chrome.port, url, formFactor, cookie));
          const result = judge(name, url, formFactor, runs);
          console.log(
            `  ${formFactor} ${name}: performance ${result.median.performance}, LCP ${result.median.lcpMs} ms`,
          );
          out.push(result);
        }
      }
    } finally {
      chrome.kill();
    }
    return out;
  },
);

console.log(
  table([
    [
      "page",
      "form factor",
      "performance",
      "accessibility",
      "best practices",
      "LCP ms",
      "CLS",
      "FCP ms",
      "TBT ms",
      "ok",
    ],
    ...results.map((r) => [
      r.page,
      r.formFactor,
      ...[
        r.median.performance,
        r.median.accessibility,
        r.median.bestPractices,
        r.median.lcpMs,
        r.median.cls,
        r.median.fcpMs,
        r.median.tbtMs,
      ].map(String),
      r.failures.length ? "MISS" : "ok",
    ]),
  ]),
);
console.log(
  `\nMedians of ${RUNS} run(s) per page. Targets: performance ≥ ${TARGETS.performance}, accessibility ${TARGETS.accessibility}, best practices ≥ ${TARGETS.bestPractices}; mobile LCP ≤ ${TARGETS.mobileLcpMs} ms, CLS ≤ ${TARGETS.mobileCls}.`,
);
for (const note of notes) console.log(`note: ${note}`);
for (const r of results.filter((x) => x.failures.length)) {
  console.log(`✗ ${r.formFactor} ${r.page}: ${r.failures.join("; ")}`);
  const audits = new Map(r.runs.flatMap((run) => run.failing).map((a) => [a.id, a]));
  for (const a of audits.values())
    console.log(`    ${a.category}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ""}`);
}
console.log(`→ ${writeResult("lighthouse", { targets: TARGETS, runs: RUNS, notes, pages: results })}`);
process.exit(results.some((r) => r.failures.length > 0) ? 1 : 0);
