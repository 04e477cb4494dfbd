import type { Root as HastRoot } from "hast";
import type { Root, RootContent } from "mdast";
import rehypeSanitize from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { VFile } from "vfile";
import { transformClozes } from "./cloze";
import { rehypeMath } from "./rehype-math";
import { rehypeMermaid } from "./rehype-mermaid";
import { rehypeShiki } from "./rehype-shiki";
import { sanitizeSchema } from "./sanitize-schema";
import { extractToc } from "./toc";
import type { TocEntry } from "../schemas/article";

export type RenderProblem = { line: number; column: number; rule: string; message: string };
export type Rendered = { html: string; toc: TocEntry[]; problems: RenderProblem[] };

function pipeline(slugs: boolean) {
  // Order matters for speed: everything that walks the tree runs before math and code expand it.
  const p = unified().use(remarkRehype).use(rehypeSanitize, sanitizeSchema).use(rehypeMermaid);
  return (slugs ? p.use(rehypeSlug) : p).use(rehypeShiki).use(rehypeMath);
}

const plain = pipeline(false);
const withSlugs = pipeline(true);
// Raw nodes come only from our own math renderer: Markdown's raw HTML was dropped by remark-rehype.
const stringify = unified().use(rehypeStringify, { allowDangerousHtml: true });

/** Renders mdast nodes to sanitised HTML with math, highlighted code and diagram placeholders. */
export function renderNodes(nodes: RootContent[], options: { slugs?: boolean; cloze?: boolean } = {}): Rendered {
  // Only the cloze transform mutates the tree; everything else reads it.
  const root: Root = { type: "root", children: options.cloze ? structuredClone(nodes) : nodes };
  if (options.cloze) transformClozes(root);
  const file = new VFile();
  const processor = options.slugs ? withSlugs : plain;
  const hast = processor.runSync(root, file) as HastRoot;
  const problems: RenderProblem[] = file.messages.map((m) => ({
    line: m.line ?? 1,
    column: m.column ?? 1,
    rule: m.ruleId ?? "render",
    message: describeMessage(m),
  }));
  return { html: stringify.stringify(hast), toc: options.slugs ? extractToc(hast) : [], problems };
}

function describeMessage(m: VFile["messages"][number]): string {
  const cause = m.cause instanceof Error ? m.cause.message : undefined;
  return cause ? `${m.reason}: ${cause}` : m.reason;
}
