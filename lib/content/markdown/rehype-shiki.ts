import type { Element, ElementContent, Root } from "hast";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import { highlightToHtml, resolveLanguage } from "./highlighter";

function languageOf(code: Element): string | undefined {
  const classes = code.properties?.className;
  if (!Array.isArray(classes)) return undefined;
  const cls = classes.find((c) => typeof c === "string" && c.startsWith("language-"));
  return typeof cls === "string" ? cls.slice("language-".length) : undefined;
}

/**
 * Replaces `<pre><code class="language-x">` with shiki's highlighted markup, at build time (no JS shipped).
 * The markup goes in as a raw string: it is shiki's own output, and rebuilding it as a tree only costs time.
 */
export function rehypeShiki() {
  return (tree: Root) => {
    visit(tree, "element", (node, index, parent) => {
      if (node.tagName !== "pre" || index === undefined || !parent) return;
      const code = node.children[0];
      if (!code || code.type !== "element" || code.tagName !== "code") return;
      const raw = languageOf(code);
      const lang = resolveLanguage(raw);
      if (!lang || !raw) return;
      const html = highlightToHtml(toString(code).replace(/\n$/, ""), lang, raw);
      parent.children[index] = { type: "raw", value: html } as unknown as ElementContent;
      return "skip";
    });
  };
}
