import type { Root } from "hast";
import { headingRank } from "hast-util-heading-rank";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import type { TocEntry } from "../schemas/article";

/** The article's h2/h3 headings with the anchors rehype-slug gave them. */
export function extractToc(tree: Root): TocEntry[] {
  const toc: TocEntry[] = [];
  visit(tree, "element", (node) => {
    const depth = headingRank(node);
    if (!depth || depth < 2 || depth > 3) return;
    const id = node.properties?.id;
    if (typeof id === "string") toc.push({ depth, id, text: toString(node).trim() });
  });
  return toc;
}
