import type { Root as HastRoot } from "hast";
import type { Root, RootContent } from "mdast";
import rehypeKatex from "rehype-katex";
import rehypeSanitize from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { VFile } from "vfile";
import { transformClozes } from "./cloze";
import { rehypeMermaid } from "./rehype-mermaid";
import { rehypeShiki } from "./rehype-shiki";
import { sanitizeSchema } from "./sanitize-schema";
import { extractToc } from "./toc";
import type { TocEntry } from "../schemas/article";

export type RenderProblem = { line: number; column: number; rule: string; message: string };
export type Rendered = { html: string; toc: TocEntry[]; problems: RenderProblem[] };

function pipeline(slugs: boolean) {
  const p = unified()
    .use(remarkRehype)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeKatex, { strict: "ignore" })
    .use(rehypeShiki)
    .use(rehypeMermaid);
  return slugs ? p.use(rehypeSlug) : p;
}

const plain = pipeline(false);
const withSlugs = pipeline(true);
const stringify = unified().use(rehypeStringify);

/** Renders mdast nodes to sanitised HTML with math, highlighted code and diagram placeholders. */
export function renderNodes(nodes: RootContent[], options: { slugs?: boolean; cloze?: boolean } = {}): Rendered {
  const root: Root = { type: "root", children: structuredClone(nodes) };
  if (options.cloze) transformClozes(root);
  const file = new VFile();
  const processor = options.slugs ? withSlugs : plain;
  const hast = processor.runSync(root, file) as HastRoot;
  const problems: RenderProblem[] = file.messages.map((m) => ({
    line: m.line ?? 1,
    column: m.column ?? 1,
    rule: m.ruleId === "katexError" || m.source === "rehype-katex" ? "katex" : (m.ruleId ?? "render"),
    message: describeMessage(m),
  }));
  return { html: stringify.stringify(hast), toc: options.slugs ? extractToc(hast) : [], problems };
}

function describeMessage(m: VFile["messages"][number]): string {
  const cause = m.cause instanceof Error ? m.cause.message : undefined;
  if (m.source === "rehype-katex") return `cannot render math: ${cause ?? m.reason}`;
  return cause ? `${m.reason}: ${cause}` : m.reason;
}
