import type { RootContent } from "mdast";
import type { ArticleSection, TocEntry } from "./schemas/article";
import { blockText } from "./plain-text";

/**
 * Splits an article's top-level blocks at its h2/h3 headings, so search can link to the section that matched.
 * The anchors come from the table of contents (rehype-slug gave them, in document order); the text before the
 * first heading is the introduction, with an empty id.
 */
export function articleSections(children: readonly RootContent[], toc: readonly TocEntry[]): ArticleSection[] {
  const sections: ArticleSection[] = [];
  let current: ArticleSection & { nodes: RootContent[] } = { id: "", heading: "", text: "", nodes: [] };
  let headingIndex = 0;
  const close = () => {
    const text = blockText(current.nodes);
    if (current.id || text) sections.push({ id: current.id, heading: current.heading, text });
  };
  for (const node of children) {
    if (node.type === "heading" && (node.depth === 2 || node.depth === 3)) {
      close();
      const entry = toc[headingIndex++];
      current = { id: entry?.id ?? "", heading: entry?.text ?? blockText([node]), text: "", nodes: [] };
    } else {
      current.nodes.push(node);
    }
  }
  close();
  return sections;
}
