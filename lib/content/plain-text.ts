import type { Nodes } from "mdast";
import { toString } from "mdast-util-to-string";

// Containers whose children are blocks: their texts are joined with line breaks, so the last word of one
// paragraph or list item never runs into the first word of the next ("maxthen") as mdast-util-to-string does.
const BLOCK_CONTAINERS = new Set(["root", "list", "listItem", "blockquote", "table", "tableRow", "footnoteDefinition"]);

/** Plain text of Markdown nodes with one line per block, for search and snippets. */
export function blockText(nodes: readonly Nodes[]): string {
  return nodes
    .map((node) => (BLOCK_CONTAINERS.has(node.type) && "children" in node ? blockText(node.children as Nodes[]) : node.type === "tableCell" ? toString(node) + " " : toString(node)))
    .map((text) => text.trim())
    .filter(Boolean)
    .join("\n");
}
