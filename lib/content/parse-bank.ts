import type { Heading, RootContent } from "mdast";
import { DiagnosticSink, type Diagnostic } from "./diagnostics";
import { readFrontmatter } from "./frontmatter";
import type { Reference } from "./markdown/lint";
import { parseMarkdown } from "./markdown/parse";
import { parseQuestion, type ParsedQuestion } from "./parse-question";
import type { Lang } from "./schemas/common";
import { BankFrontmatterSchema, type BankFrontmatter } from "./schemas/question";

export type ParsedBank = {
  kind: "bank";
  file: string;
  topic: string;
  slug: string;
  lang: Lang;
  frontmatter?: BankFrontmatter;
  topicLine: number;
  questions: ParsedQuestion[];
  references: Reference[];
  diagnostics: Diagnostic[];
};

export const BANK_PATH = /^banks\/([a-z0-9-]+)\/([a-z0-9-]+)\.(zh|en)\.md$/;

/** Parses one bank file (`banks/<topic>/<bank>.<lang>.md`, path relative to the content root). */
export async function parseBank(relPath: string, displayPath: string, raw: string): Promise<ParsedBank | undefined> {
  const sink = new DiagnosticSink(displayPath);
  const match = BANK_PATH.exec(relPath);
  if (!match) {
    sink.error({ line: 1 }, "filename", "bank files must be named banks/<topic>/<bank>.<zh|en>.md in kebab-case");
    return { kind: "bank", file: displayPath, topic: "", slug: "", lang: "en", topicLine: 1, questions: [], references: [], diagnostics: sink.items };
  }
  const [, folderTopic, slug, lang] = match as unknown as [string, string, string, Lang];
  const { frontmatter, body, bodyOffset } = readFrontmatter(raw, BankFrontmatterSchema, sink);
  const topicLine = frontmatter?.locate(["topic"]).line ?? 1;
  if (frontmatter && frontmatter.data.topic !== folderTopic) {
    sink.error({ line: topicLine }, "topic-mismatch", `topic "${frontmatter.data.topic}" does not match the folder banks/${folderTopic}/`);
  }

  const tree = parseMarkdown(body);
  const questions: ParsedQuestion[] = [];
  let heading: Heading | undefined;
  let chunk: RootContent[] = [];
  const flush = async () => {
    if (!heading) return;
    const q = await parseQuestion({ heading, nodes: chunk, offset: bodyOffset, file: displayPath, sink });
    if (q) questions.push(q);
  };
  for (const node of tree.children) {
    const line = (node.position?.start.line ?? 1) + bodyOffset;
    if (node.type === "heading" && node.depth === 2) {
      await flush();
      heading = node;
      chunk = [];
    } else if (node.type === "heading" && node.depth === 1) {
      sink.error({ line }, "heading-level", "use ## for a question title (# is not allowed in a bank)");
    } else if (!heading) {
      sink.error({ line }, "content-outside-question", "text before the first question: start each question with a ## heading");
    } else {
      chunk.push(node);
    }
  }
  await flush();
  if (questions.length === 0 && sink.items.every((d) => d.severity !== "error")) {
    sink.error({ line: bodyOffset + 1 }, "bank-empty", "the bank has no questions (each starts with a ## heading and a ```meta block)");
  }
  return {
    kind: "bank",
    file: displayPath,
    topic: folderTopic,
    slug,
    lang,
    frontmatter: frontmatter?.data,
    topicLine,
    questions,
    references: questions.flatMap((q) => q.references),
    diagnostics: sink.items,
  };
}
