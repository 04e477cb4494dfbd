import type { Node } from "unist";
import { parse as parseYaml } from "yaml";

export type PreparedSource = {
  /** The post with LF line endings and its frontmatter (if any) blanked: what we parse and slice. */
  text: string;
  /** `title:` from the post's own frontmatter (blog generators write one), as a fallback bank title. */
  frontmatterTitle?: string;
};

const FRONTMATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/**
 * remark-parse has no frontmatter support: `---\ntitle: x\n---` would read as a rule and a setext heading.
 * The block is replaced by as many empty lines, so every line number we report is still the file's.
 * Line endings become LF (they are not text; mixing them would make the output file inconsistent).
 */
export function prepareSource(raw: string): PreparedSource {
  const text = raw.replace(/\r\n?/g, "\n").replace(/^\uFEFF/, "");
  const m = FRONTMATTER.exec(text);
  if (!m) return { text };
  let frontmatterTitle: string | undefined;
  try {
    const data = parseYaml(m[1]!) as unknown;
    const title = data && typeof data === "object" ? (data as Record<string, unknown>).title : undefined;
    if (typeof title === "string" && title.trim()) frontmatterTitle = title.trim();
  } catch {
    // Not YAML after all: still not post content, and the title falls back to the H1 or the file name.
  }
  const lines = m[0].split("\n").length - (m[0].endsWith("\n") ? 1 : 0);
  return { text: "\n".repeat(lines) + text.slice(m[0].length), frontmatterTitle };
}

export const startOffset = (n: Node) => n.position?.start.offset ?? 0;
export const endOffset = (n: Node) => n.position?.end.offset ?? 0;
export const startLine = (n: Node) => n.position?.start.line ?? 1;

/**
 * The source of a top-level block. It starts at the beginning of its line when only indentation precedes it:
 * cutting a `  ```py` fence's indentation but not its body's would change the code.
 */
export function blockSource(text: string, node: Node): string {
  const start = startOffset(node);
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const from = /^[ \t]*$/.test(text.slice(lineStart, start)) ? lineStart : start;
  return text.slice(from, endOffset(node));
}

/** The source between a node's first and last child: a heading's text without its `###` or underline. */
export function innerSource(text: string, node: Node & { children?: Node[] }): string {
  const kids = node.children ?? [];
  if (kids.length === 0) return "";
  return text.slice(startOffset(kids[0]!), endOffset(kids[kids.length - 1]!));
}

export const lineCount = (s: string) => s.split("\n").length - 1;

/** A one-line excerpt for reports. */
export function preview(s: string, max = 60): string {
  const flat = s.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
