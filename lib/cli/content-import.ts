import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { existingQuestionIds, topicIdPrefix } from "../content/question-ids";
import { importPost } from "../content-tools/import/import-post";
import { bankSlug, defaultOutPath } from "../content-tools/import/paths";
import { importJson, importSummary } from "../content-tools/import/report";
import { checkImport } from "../content-tools/import/verify";
import { parseTopics } from "../content/parse-topics";
import { LANGS, type Lang } from "../content/schemas/common";
import { readEnv } from "../env";
import { parseArgs, UsageError } from "./args";

const USAGE =
  "usage: npm run content:import -- <post.md> --topic <id> [--lang zh|en] [--out <path>] [--dir <content root>] [--json]";

/** A problem with the request's effect rather than its wording (the output exists, nothing found): exit 1. */
class ImportError extends Error {}

function readTopicIds(dir: string): string[] {
  const file = path.join(dir, "topics.yml");
  let raw: string;
  try {
    raw = readFileSync(file, "utf8");
  } catch {
    throw new UsageError(`cannot read ${file}: is --dir the content root?`);
  }
  return parseTopics(file, raw).topics.map((t) => t.id);
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: ["lang", "topic", "out", "dir"], flags: ["json"] });
  if (args.positionals.length !== 1)
    throw new UsageError(args.positionals.length ? "give exactly one post file" : "missing the post file");
  const file = args.positionals[0]!;
  if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`cannot read ${file}: no such file`);
  const langArg = args.values.lang;
  if (langArg !== undefined && !(LANGS as readonly string[]).includes(langArg)) {
    throw new UsageError(`--lang must be zh or en, not "${langArg}"`);
  }
  const topic = args.values.topic;
  if (!topic) throw new UsageError("--topic is required (a topic id from topics.yml)");
  const dir = args.values.dir ?? readEnv().CONTENT_DIR;
  const topics = readTopicIds(dir);
  if (!topics.includes(topic)) throw new UsageError(`unknown topic "${topic}"; topics.yml has: ${topics.join(", ")}`);

  const result = importPost({
    source: readFileSync(file, "utf8"),
    fileName: file,
    topic,
    lang: langArg as Lang | undefined,
    existingIds: existingQuestionIds(dir),
    idPrefix: topicIdPrefix(dir, topic),
  });
  const out = args.values.out ?? defaultOutPath(dir, topic, file, result.lang);
  const relative = path.relative(process.cwd(), out);
  const display =
    relative.startsWith("..") || path.isAbsolute(relative) ? path.resolve(out) : relative.split(path.sep).join("/");
  if (existsSync(out))
    throw new ImportError(
      `${display} already exists and is not overwritten: pass another --out, or move it away first`,
    );
  if (result.questions.length === 0) {
    const skipped = result.skipped.map((s) => `\n  line ${s.line}  ${s.text}`).join("");
    throw new ImportError(
      `no questions found in ${file}; nothing written${skipped ? `. Skipped headings:${skipped}` : ""}`,
    );
  }

  const slug = /^([a-z0-9-]+)\.(?:zh|en)\.md$/.exec(path.basename(out))?.[1] ?? bankSlug(file);
  // Inside the content root the folder is the topic the check will hold the file to (--out may differ).
  const inBanks = path.relative(path.join(dir, "banks"), path.dirname(out));
  const folder =
    inBanks && !inBanks.startsWith("..") && !path.isAbsolute(inBanks) && !inBanks.includes(path.sep) ? inBanks : topic;
  const problems = await checkImport(result, { topic: folder, slug, display });
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, result.markdown, { flag: "wx" });

  const errors = problems.filter((d) => d.severity === "error");
  if (args.flags.has("json")) {
    console.log(JSON.stringify(importJson(result, display), null, 2));
    // stdout stays exactly the JSON document; what still needs a person goes to stderr.
    for (const d of errors) console.error(`${d.file}:${d.line}:${d.column}  ${d.rule}  ${d.message}`);
  } else {
    console.log(importSummary(result, display, problems));
  }
  return errors.length ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof UsageError) {
      console.error(`${e.message}\n${USAGE}`);
      process.exit(2);
    }
    if (e instanceof ImportError) {
      console.error(e.message);
      process.exit(1);
    }
    console.error(e);
    process.exit(2);
  },
);
