import type { Heading, RootContent } from "mdast";
import { blockSource, innerSource, startLine } from "./source";
import type { Piece } from "./types";

/** Characters of real code (not diagrams) in a block: what makes an answer "mainly code". */
function codeChars(node: RootContent): number {
  return node.type === "code" && node.lang !== "mermaid" ? node.value.length : 0;
}

/**
 * A top-level block, copied as written. The one exception: a fence or `$$` block the post never closes runs to
 * the end of the post, and copied as is it would swallow the sections we write after it; it gets its closing
 * line (`repaired` says so, to be reported).
 */
export function blockPiece(text: string, node: RootContent): { piece: Piece; repaired: boolean } {
  let src = blockSource(text, node);
  let repaired = false;
  if (node.type === "code" || node.type === "math") {
    const closing = missingClosing(src);
    if (closing) {
      src = `${src.replace(/\n*$/, "")}\n${closing}`;
      repaired = true;
    }
  }
  const kind = node.type === "thematicBreak" ? "break" : "block";
  return { piece: { text: src, line: startLine(node), kind, code: codeChars(node) }, repaired };
}

function missingClosing(src: string): string | undefined {
  const open = /^[ \t]*(`{3,}|~{3,}|\${2,})/.exec(src);
  if (!open) return undefined; // an indented code block: it ends by itself
  const fence = open[1]!;
  const lines = src.split("\n");
  const last = lines[lines.length - 1]!.trim();
  const closes = new RegExp(`^\\${fence[0]}{${fence.length},}$`).test(last);
  if (lines.length > 1 && closes) return undefined;
  // `$$x$$` on one line closes itself.
  if (lines.length === 1 && fence[0] === "$" && last.length > 2 * fence.length && last.endsWith(fence))
    return undefined;
  return fence;
}

/**
 * A heading inside carried content would start a new question (##) or section (###) in the bank, so it becomes
 * a bold line with the same text: the only change the importer makes to the post's text.
 */
export function demotedHeading(text: string, node: Heading): Piece | undefined {
  const inner = innerSource(text, node)
    .replace(/\s*\n\s*/g, " ")
    .trim();
  if (!inner) return undefined;
  const bold = /^(\*\*|__).*\1$/.test(inner) ? inner : `**${inner}**`;
  return { text: bold, line: startLine(node), kind: "block", code: 0 };
}

/**
 * Text that followed a label on the same paragraph. Started on a line of its own, `# x` would become a
 * heading; its `#` is escaped (reported as a demotion).
 */
export function inlinePiece(text: string, line: number): { piece: Piece; escaped: boolean } {
  const escaped = /^#{1,6}(?:[ \t]|$)/.test(text);
  return { piece: { text: escaped ? `\\${text}` : text, line, kind: "inline", code: 0 }, escaped };
}

export const isHtmlComment = (node: RootContent) => node.type === "html" && /^\s*<!--[\s\S]*-->\s*$/.test(node.value);
