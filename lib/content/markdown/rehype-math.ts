import type { Element, ElementContent, Root } from "hast";
import katex from "katex";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { memoize } from "./memo";

function mathKind(node: Element): "inline" | "display" | undefined {
  const classes = node.properties?.className;
  if (node.tagName !== "code" || !Array.isArray(classes) || !classes.includes("language-math")) return undefined;
  return classes.includes("math-display") ? "display" : "inline";
}

const renderMath = memoize(
  (source: string, displayMode: boolean): { html: string; error?: string } => {
    try {
      return { html: katex.renderToString(source, { displayMode, throwOnError: true, strict: "ignore", output: "htmlAndMathml" }) };
    } catch (error) {
      const html = katex.renderToString(source, { displayMode, throwOnError: false, strict: "ignore" });
      return { html, error: error instanceof Error ? error.message : String(error) };
    }
  },
  (source, displayMode) => `${displayMode ? "D" : "I"}${source}`,
);

/**
 * Renders remark-math's nodes with KaTeX at build time (HTML + MathML, so screen readers can read formulas).
 * Like rehype-katex, but KaTeX's markup is inserted as a string rather than re-parsed into a tree: measured on
 * 500 synthetic questions, re-parsing it (parse5) was the single largest cost of the whole pipeline.
 * An invalid formula is reported with its position and shown as its source.
 */
export function rehypeMath() {
  return (tree: Root, file: VFile) => {
    visit(tree, "element", (node, index, parent) => {
      if (index === undefined || !parent) return;
      // Display math is <pre><code class="language-math math-display">; inline math is a bare <code>.
      const code = node.tagName === "pre" && node.children[0]?.type === "element" ? node.children[0] : node;
      const kind = mathKind(code);
      if (!kind || (kind === "display") !== (code !== node)) return;
      const source = toString(code);
      const result = renderMath(source, kind === "display");
      if (result.error) file.message(`cannot render math: ${result.error}`, { place: code.position, ruleId: "katex", source: "katex" });
      // Wide formulas scroll sideways; a focusable wrapper lets keyboard users scroll them too.
      const html = kind === "display" ? `<div class="math-display" tabindex="0">${result.html}</div>` : result.html;
      parent.children[index] = { type: "raw", value: html } as unknown as ElementContent;
      return "skip";
    });
  };
}
