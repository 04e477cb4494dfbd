import { cacheDirFor } from "../content/cache";
import { countContent } from "../content/counts";
import { formatDiagnostic } from "../content/diagnostics";
import { loadContent } from "../content/load";
import { readEnv } from "../env";
import { parseArgs, UsageError } from "./args";

const USAGE = "usage: npm run content:check -- [--dir <content root>] [--json]";

async function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2), { values: ["dir"], flags: ["json", "no-cache"] });
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`${e.message}\n${USAGE}`);
      process.exit(2);
    }
    throw e;
  }
  const dir = args.values.dir ?? readEnv().CONTENT_DIR;
  const cacheDir = args.flags.has("no-cache") ? undefined : cacheDirFor(dir);
  const { snapshot } = await loadContent({ dir, cacheDir });
  const { errors, warnings } = snapshot;
  const ok = errors.length === 0;
  if (args.flags.has("json")) {
    const strip = ({ severity: _s, ...d }: (typeof errors)[number]) => d;
    console.log(JSON.stringify({ ok, counts: countContent(snapshot), errors: errors.map(strip), warnings: warnings.map(strip) }, null, 2));
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
