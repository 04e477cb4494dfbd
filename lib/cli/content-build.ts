import { watch } from "node:fs";
import path from "node:path";
import { cacheDirFor } from "../content/cache";
import { buildSnapshot, copyKatexAssets } from "./build-snapshot";
import { formatDiagnostic } from "../content/diagnostics";
import { IGNORED_CONTENT_PATH } from "../content/kinds";
import { readEnv } from "../env";
import { parseArgs } from "./args";

const args = parseArgs(process.argv.slice(2), { values: ["dir"], flags: ["watch"] });
const env = readEnv();
const dir = args.values.dir ?? env.CONTENT_DIR;
const out = env.CONTENT_SNAPSHOT;
const cacheDir = cacheDirFor(dir);

async function once(): Promise<boolean> {
  const started = performance.now();
  // Publishing (`content:build` beside a running server) keeps the last good snapshot; the watcher shows errors.
  const { snapshot, stats, written } = await buildSnapshot({ dir, out, cacheDir, keepGood: !args.flags.has("watch") });
  for (const d of [...snapshot.errors, ...snapshot.warnings]) console.log(formatDiagnostic(d));
  const ms = Math.round(performance.now() - started);
  const ok = snapshot.errors.length === 0;
  console.log(
    `${ok ? "✓" : "✗"} content: ${snapshot.questions.length} questions, ${snapshot.articles.length} articles, ${snapshot.errors.length} error(s), ${snapshot.warnings.length} warning(s) — ${stats.parsed} file(s) parsed, ${stats.cached} cached, ${ms} ms → ${written ? out : "not written"}`,
  );
  if (!written) console.log(`  ${out} was left as it was: a running server keeps serving the last good content`);
  return ok;
}

copyKatexAssets("public");
const ok = await once();
if (!args.flags.has("watch")) process.exit(ok ? 0 : 1);

// Rebuild on change; rebuilds are serialised and coalesced so a burst of saves costs one run.
let running = false;
let again = false;
let timer: NodeJS.Timeout | undefined;
const rebuild = async () => {
  if (running) {
    again = true;
    return;
  }
  running = true;
  do {
    again = false;
    await once().catch((e) => console.error(e));
  } while (again);
  running = false;
};
watch(dir, { recursive: true }, (_event, name) => {
  // An editor's swap or backup file (.x.swp, .#x) is no content: saving one must not rebuild.
  if (name && IGNORED_CONTENT_PATH.test(name.split(path.sep).join("/"))) return;
  clearTimeout(timer);
  timer = setTimeout(rebuild, 100);
});
console.log(`watching ${dir}/ for changes…`);
