import type { Nodes } from "mdast";
import { mathText } from "./math-text";

// Containers whose children are blocks: their texts are joined with line breaks, so the last word of one
// paragraph or list item never runs into the first word of the next ("maxthen") as mdast-util-to-string does.
const BLOCK_CONTAINERS = new Set(["root", "list", "listItem", "blockquote", "table", "tableRow", "footnoteDefinition"]);

/** The text of inline content, with formulas as readable text ("√d_k") rather than their LaTeX source. */
function inlineText(node: Nodes): string {
  if (node.type === "math" || node.type === "inlineMath") return mathText(node.value);
  if ("value" in node) return node.value;
  if (node.type === "image" || node.type === "imageReference") return node.alt ?? "";
  return "children" in node ? (node.children as Nodes[]).map(inlineText).join("") : "";
}

/** Plain text of Markdown nodes with one line per block, for search and snippets. */
export function blockText(nodes: readonly Nodes[]): string {
  return nodes
    .map((node) => (BLOCK_CONTAINERS.has(node.type) && "children" in node ? blockText(node.children as Nodes[]) : node.type === "tableCell" ? inlineText(node) + " " : inlineText(node)))
    .map((text) => text.trim())
    .filter(Boolean)
    .join("\n");
}
