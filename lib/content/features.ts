import type { Root, RootContent } from "mdast";
import { visit } from "unist-util-visit";

import type { Features } from "./combined-features";

export { combinedFeatures, type Features } from "./combined-features";

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
