import type { Root, RootContent } from "mdast";
import { visit } from "unist-util-visit";

export type Features = { math: boolean; code: boolean; mermaid: boolean };

/** What a piece of content needs at display time: KaTeX styles for math, the diagram renderer for mermaid. */
export function features(nodes: RootContent[]): Features {
  const f: Features = { math: false, code: false, mermaid: false };
  const root: Root = { type: "root", children: nodes };
  visit(root, (n) => {
    if (n.type === "math" || n.type === "inlineMath") f.math = true;
    if (n.type === "code") {
      if (n.lang === "mermaid") f.mermaid = true;
      else f.code = true;
    }
  });
  return f;
}

/** What a page showing several pieces of content needs: everything any of them needs. */
export function combinedFeatures(list: Features[]): Features {
  return { math: list.some((f) => f.math), code: list.some((f) => f.code), mermaid: list.some((f) => f.mermaid) };
}
