import type { Root, RootContent } from "mdast";
import { visit } from "unist-util-visit";
import { checkMermaid } from "./mermaid-check";

/** A link or image that must point at something that exists; checked once all content is loaded. */
export type Reference = {
  kind: "article" | "question" | "image";
  target: string;
  anchor?: string;
  line: number;
  column: number;
};

export type LintProblem = { line: number; column: number; rule: string; message: string; warning?: boolean };
export type LintResult = { problems: LintProblem[]; references: Reference[] };

const EXTERNAL = /^(https?:|mailto:)/i;
const BARE_PATH = /(?<![\w/.-])\/(?:questions|articles)\/[a-z0-9-]+/;

function classifyUrl(url: string, isImage: boolean): Omit<Reference, "line" | "column"> | string | undefined {
  if (isImage) {
    if (EXTERNAL.test(url)) return "external images are not allowed: put the file under public/images/ and use /images/…";
    if (!url.startsWith("/")) return `image path "${url}" must start with / (a file under public/)`;
    return { kind: "image", target: url.split(/[?#]/)[0]! };
  }
  if (EXTERNAL.test(url) || url.startsWith("#")) return undefined;
  const article = /^\/articles\/([a-z0-9-]+)\/?(?:#(.+))?$/.exec(url);
  if (article) return { kind: "article", target: article[1]!, anchor: article[2] };
  const question = /^\/questions\/([a-z0-9-]+)\/?$/.exec(url);
  if (question) return { kind: "question", target: question[1]! };
  return `link "${url}" must be http(s), #anchor, /articles/<slug> or /questions/<id>`;
}

/**
 * Checks what can be checked inside one Markdown tree: raw HTML, link shapes, and mermaid syntax.
 * `offset` is added to every line (the frontmatter's lines).
 */
export async function lintTree(nodes: RootContent[] | Root, offset: number): Promise<LintResult> {
  const root: Root = Array.isArray(nodes) ? { type: "root", children: nodes } : nodes;
  const problems: LintProblem[] = [];
  const references: Reference[] = [];
  const diagrams: { value: string; line: number }[] = [];
  const at = (n: { position?: { start: { line: number; column: number } } }) => ({
    line: (n.position?.start.line ?? 1) + offset,
    column: n.position?.start.column ?? 1,
  });

  visit(root, (node, _index, parent) => {
    if (node.type === "text" && parent?.type !== "link") {
      const bare = BARE_PATH.exec(node.value);
      if (bare) problems.push({ ...at(node), rule: "link-bare", message: `"${bare[0]}" is plain text: make it a link, [title](${bare[0]})` });
      if (node.value.includes("**")) {
        problems.push({
          ...at(node),
          rule: "emphasis-literal",
          warning: true,
          message: `"**" would show literally: Markdown does not close bold right after punctuation when a letter follows (common in Chinese, e.g. **（禁止）**一级); move the punctuation outside the ** or add a space`,
        });
      }
    } else if (node.type === "html") {
      const snippet = node.value.trim().split("\n")[0]!.slice(0, 40);
      problems.push({ ...at(node), rule: "raw-html", message: `raw HTML is not allowed (${snippet}); use Markdown` });
    } else if (node.type === "link" || node.type === "image") {
      const ref = classifyUrl(node.url, node.type === "image");
      if (typeof ref === "string") problems.push({ ...at(node), rule: "link-invalid", message: ref });
      else if (ref) references.push({ ...ref, ...at(node) });
    } else if (node.type === "code" && node.lang === "mermaid") {
      diagrams.push({ value: node.value, line: at(node).line });
    }
  });

  for (const d of diagrams) {
    const problem = await checkMermaid(d.value);
    if (problem) {
      problems.push({ line: d.line + problem.line, column: 1, rule: "mermaid", message: `mermaid syntax error: ${problem.message}` });
    }
  }
  return { problems, references };
}
