import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";

/**
 * Turns ```mermaid fences into a placeholder that keeps the source as readable text. The browser renders it
 * with a lazily loaded mermaid (securityLevel "strict"), so pages without diagrams ship no mermaid code.
 */
export function rehypeMermaid() {
  return (tree: Root) => {
    visit(tree, "element", (node, index, parent) => {
      if (node.tagName !== "pre" || index === undefined || !parent) return;
      const code = node.children[0] as Element | undefined;
      const classes = code?.type === "element" ? code.properties?.className : undefined;
      if (!Array.isArray(classes) || !classes.includes("language-mermaid")) return;
      const figure: Element = {
        type: "element",
        tagName: "figure",
        properties: { className: ["mermaid-diagram"], dataMermaid: "" },
        children: [
          {
            type: "element",
            tagName: "pre",
            properties: { className: ["mermaid-source"] },
            children: [{ type: "text", value: toString(code!).trimEnd() }],
          },
        ],
      };
      parent.children[index] = figure;
    });
  };
}
