import { cacheDirFor } from "../content/cache";
import { countContent } from "../content/counts";
import { formatDiagnostic } from "../content/diagnostics";
import { loadContent } from "../content/load";
import { buildChangeReport, prepareComparison, type Comparison } from "../content-tools/changes/build-report";
import { GitError } from "../content-tools/changes/git";
import { reportJson } from "../content-tools/changes/report-json";
import { reportMarkdown } from "../content-tools/changes/report-markdown";
import { readEnv } from "../env";
import { parseArgs, UsageError } from "./args";

const USAGE = "usage: npm run content:check -- [--dir <content root>] [--json] [--changed [<base>]]";

/** `--changed=<base>` is spelled out as `--changed <base>`: parseArgs keeps inline values only for valued options. */
const expandInline = (argv: string[]) =>
  argv.flatMap((a) => (a.startsWith("--changed=") ? ["--changed", a.slice("--changed=".length)] : [a]));

async function main() {
  let args;
  try {
    args = parseArgs(expandInline(process.argv.slice(2)), { values: ["dir"], flags: ["json", "no-cache", "changed"] });
    // The base is optional, so it cannot be a valued option: it is the one positional that may follow --changed.
    if (args.flags.has("changed") && args.positionals.length > 1)
      throw new UsageError(`--changed takes one base, got ${args.positionals.join(" ")}`);
    if (!args.flags.has("changed") && args.positionals.length > 0)
      throw new UsageError(`unexpected argument ${args.positionals[0]}`);
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
  const { snapshot } = await loadContent({ dir, cacheDir });
  if (comparison) {
    // Cross-file checks need the full load; the report then keeps only what this change is answerable for.
    const report = await buildChangeReport(comparison, snapshot, { cacheDir });
    console.log(args.flags.has("json") ? JSON.stringify(reportJson(report), null, 2) : reportMarkdown(report));
    process.exit(report.errors.length === 0 ? 0 : 1);
  }
  const { errors, warnings } = snapshot;
  const ok = errors.length === 0;
  if (args.flags.has("json")) {
    const strip = ({ severity: _s, ...d }: (typeof errors)[number]) => d;
    console.log(
      JSON.stringify(
        { ok, counts: countContent(snapshot), errors: errors.map(strip), warnings: warnings.map(strip) },
        null,
        2,
      ),
    );
  } else {
    for (const d of [...errors, ...warnings]) console.log(formatDiagnostic(d));
    const c = countContent(snapshot);
    console.log(
      `${ok ? "✓" : "✗"} ${errors.length} error(s), ${warnings.length} warning(s) — ${c.topics} topics, ${c.banks} banks, ${c.questions} questions, ${c.articles} articles, ${c.quizzes} quiz sets`,
    );
  }
  process.exit(ok ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
