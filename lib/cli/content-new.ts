import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { existingQuestionIds, freshQuestionId, topicIdPrefix } from "../content/question-ids";
import { bankHeader, questionTemplate } from "../content-tools/scaffold/question-template";
import { LANGS } from "../content/schemas/common";
import { QUESTION_TYPES, QuestionTypeSchema } from "../content/schemas/question";
import { readEnv } from "../env";
import { parseArgs, UsageError } from "./args";

const USAGE = `usage: npm run content:new -- --topic <id> --type <${QUESTION_TYPES.join("|")}> [--bank <bank>]`;

function fail(message: string): never {
  console.error(`✗ ${message}\n${USAGE}`);
  process.exit(2);
}

/** Appends a new question skeleton, with one fresh id, to both language files of a bank. */
function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2), { values: ["topic", "type", "bank", "dir"] });
  } catch (e) {
    if (e instanceof UsageError) fail(e.message);
    throw e;
  }
  const dir = args.values.dir ?? readEnv().CONTENT_DIR;
  const topic = args.values.topic ?? fail("--topic is required");
  const type = QuestionTypeSchema.safeParse(args.values.type);
  if (!type.success) fail(`--type must be one of ${QUESTION_TYPES.join(", ")}`);
  const topics =
    (parse(readFileSync(path.join(dir, "topics.yml"), "utf8")) as { id: string; name: { zh: string; en: string } }[]) ??
    [];
  const found = topics.find((t) => t.id === topic);
  if (!found) fail(`unknown topic "${topic}"; topics.yml has: ${topics.map((t) => t.id).join(", ")}`);

  const folder = path.join(dir, "banks", topic);
  const banks = existsSync(folder)
    ? [...new Set(readdirSync(folder).map((f) => f.replace(/\.(zh|en)\.md$/, "")))].sort()
    : [];
  const bank =
    args.values.bank ??
    (banks.length === 1
      ? banks[0]!
      : banks.length === 0
        ? "core"
        : fail(`topic "${topic}" has several banks (${banks.join(", ")}): choose one with --bank`));
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(bank)) fail(`--bank must be kebab-case, got "${bank}"`);

  const id = freshQuestionId(topicIdPrefix(dir, topic), type.data, existingQuestionIds(dir));
  mkdirSync(folder, { recursive: true });
  for (const lang of LANGS) {
    const file = path.join(folder, `${bank}.${lang}.md`);
    if (!existsSync(file)) writeFileSync(file, bankHeader(found.name[lang], topic));
    const current = readFileSync(file, "utf8");
    const before = current + (current.endsWith("\n\n") ? "" : current.endsWith("\n") ? "\n" : "\n\n");
    appendFileSync(file, before.slice(current.length) + questionTemplate(id, type.data, lang));
    console.log(`✓ ${file}:${before.split("\n").length}  new ${type.data} question "${id}" (draft)`);
  }
  console.log(`Fill in both files, set draft: false, and run npm run content:check.`);
}

main();
