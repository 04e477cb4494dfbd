import path from "node:path";
import { cacheDirFor } from "../content/cache";
import { countContent } from "../content/counts";
import { formatDiagnostic } from "../content/diagnostics";
import { computeFairness, formatFairnessTable } from "../content/fairness";
import { listStale, STALE_AFTER_DAYS } from "../content/freshness";
import { loadContent } from "../content/load";
import { buildChangeReport, prepareComparison, type Comparison } from "../content-tools/changes/build-report";
import { GitError } from "../content-tools/changes/git";
import { reportJson } from "../content-tools/changes/report-json";
import { reportMarkdown } from "../content-tools/changes/report-markdown";
import { readEnv } from "../env";
import { parseArgs, UsageError } from "./args";

const USAGE =
  "usage: npm run content:check -- [--dir <content root>] [--json] [--changed [<base>]] [--stale] [--strict-fairness] [--now YYYY-MM-DD]";

/** `--changed=<base>` is spelled out as `--changed <base>`: parseArgs keeps inline values only for valued options. */
const expandInline = (argv: string[]) =>
  argv.flatMap((a) => (a.startsWith("--changed=") ? ["--changed", a.slice("--changed=".length)] : [a]));

/** 2026-02-30 is not a date: it must read back the same after a round trip through Date. */
const isCalendarDate = (d: string) => {
  const t = Date.parse(`${d}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === d;
};

async function main() {
  let args;
  try {
    args = parseArgs(expandInline(process.argv.slice(2)), {
      values: ["dir", "now"],
      flags: ["json", "no-cache", "changed", "stale", "strict-fairness"],
    });
    // The base is optional, so it cannot be a valued option: it is the one positional that may follow --changed.
    if (args.flags.has("changed") && args.positionals.length > 1)
      throw new UsageError(`--changed takes one base, got ${args.positionals.join(" ")}`);
    if (!args.flags.has("changed") && args.positionals.length > 0)
      throw new UsageError(`unexpected argument ${args.positionals[0]}`);
    if (args.values.now !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(args.values.now))
      throw new UsageError(`--now must be a date like 2026-11-22, got ${args.values.now}`);
    if (args.values.now !== undefined && !isCalendarDate(args.values.now))
      throw new UsageError(`--now is not a valid date: ${args.values.now}`);
    if (args.flags.has("stale") && args.flags.has("changed"))
      throw new UsageError("--stale lists the whole content folder: it cannot be combined with --changed");
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`${e.message}\n${USAGE}`);
      process.exit(2);
    }
    throw e;
  }
  const dir = args.values.dir ?? readEnv().CONTENT_DIR;
  const cacheDir = args.flags.has("no-cache") ? undefined : cacheDirFor(dir);
  let comparison: Comparison | undefined;
  if (args.flags.has("changed")) {
    try {
      // Before the full load: a missing base or repository should fail in milliseconds, not after a minute.
      comparison = prepareComparison(dir, args.positionals[0]);
    } catch (e) {
      if (e instanceof GitError) {
        console.error(`content:check --changed: ${e.message}`);
        process.exit(2);
      }
      throw e;
    }
  }
  // The clock for the date rules: `--now` pins it (tests, or "what will be stale on the first of next month").
  const now = args.values.now ? new Date(`${args.values.now}T00:00:00Z`) : new Date();
  const { snapshot } = await loadContent({ dir, cacheDir, now });
  if (comparison) {
    // Cross-file checks need the full load; the report then keeps only what this change is answerable for.
    const report = await buildChangeReport(comparison, snapshot, { cacheDir });
    console.log(args.flags.has("json") ? JSON.stringify(reportJson(report), null, 2) : reportMarkdown(report));
    process.exit(report.errors.length === 0 ? 0 : 1);
  }
  if (args.flags.has("stale")) {
    // A to-do list, not a verdict: it exits 0 whatever it lists.
    const stale = listStale(snapshot.questions, snapshot.topics, now);
    if (args.flags.has("json")) console.log(JSON.stringify({ now: now.toISOString().slice(0, 10), stale }, null, 2));
    else {
      for (const s of stale) console.log(`${s.file}:${s.line}  ${s.id}  ${s.lastVerified ?? "never verified"}`);
      console.log(
        `${stale.length} question(s) in volatile topics need re-checking (never verified, or more than ${STALE_AFTER_DAYS} days before ${now.toISOString().slice(0, 10)})`,
      );
    }
    process.exit(0);
  }
  const { errors, warnings } = snapshot;
  const fairness = computeFairness(snapshot.questions, {
    overallFile: path
      .relative(process.cwd(), path.join(path.resolve(dir), "topics.yml"))
      .split(path.sep)
      .join("/"),
  });
  const strictFairness = args.flags.has("strict-fairness");
  const ok = errors.length === 0 && !(strictFairness && fairness.warnings.length > 0);
  if (args.flags.has("json")) {
    const strip = ({ severity: _s, ...d }: (typeof errors)[number]) => d;
    console.log(
      JSON.stringify(
        {
          ok,
          counts: countContent(snapshot),
          errors: errors.map(strip),
          warnings: warnings.map(strip),
          fairness: { overall: fairness.overall, banks: fairness.banks, warnings: fairness.warnings.map(strip) },
        },
        null,
        2,
      ),
    );
  } else {
    for (const d of [...errors, ...warnings]) console.log(formatDiagnostic(d));
    console.log(formatFairnessTable(fairness));
    for (const d of fairness.warnings) console.log(formatDiagnostic(d));
    const c = countContent(snapshot);
    console.log(
      `${ok ? "✓" : "✗"} ${errors.length} error(s), ${warnings.length} warning(s), ${fairness.warnings.length} fairness warning(s)${strictFairness ? "" : " (not failing: add --strict-fairness)"} — ${c.topics} topics, ${c.banks} banks, ${c.questions} questions, ${c.articles} articles, ${c.quizzes} quiz sets`,
    );
  }
  process.exit(ok ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
