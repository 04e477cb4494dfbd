import { describe, expect, it } from "vitest";
import { parseMarkdown } from "@/lib/content/markdown/parse";
import { renderNodes } from "@/lib/content/markdown/render";

const render = (md: string, options?: Parameters<typeof renderNodes>[1]) =>
  renderNodes(parseMarkdown(md).children, options);

describe("rendering Markdown to HTML at build time", () => {
  it("renders inline and display math with KaTeX (HTML and MathML for screen readers)", () => {
    const { html, problems } = render("Energy $E=mc^2$.\n\n$$\n\\frac{a}{b}\n$$\n");
    expect(problems).toEqual([]);
    expect(html).toContain('class="katex"');
    expect(html).toContain("katex-display");
    expect(html).toContain("<math");
  });

  it("reports a KaTeX error with its line instead of throwing", () => {
    const { problems } = render("ok\n\nbad $\\frac{1}{$ here");
    expect(problems).toEqual([expect.objectContaining({ line: 3, rule: "katex" })]);
  });

  it("highlights known languages with shiki and both colour schemes", () => {
    const { html } = render("```python\nprint('hi')\n```\n");
    expect(html).toContain('class="shiki shiki-themes github-light-default github-dark-default"');
    expect(html).toContain("--shiki-dark:");
    expect(html).toContain('data-language="python"');
  });

  it("leaves unknown languages as plain code", () => {
    const { html } = render("```brainfuck\n+++\n```\n");
    expect(html).toContain('<code class="language-brainfuck">+++');
  });

  it("turns mermaid fences into a placeholder that keeps the source readable", () => {
    const { html } = render("```mermaid\nflowchart LR\n  A --> B\n```\n");
    expect(html).toContain('<figure class="mermaid-diagram" data-mermaid="">');
    expect(html).toContain("A --> B</pre>");
    expect(html).not.toContain("shiki");
  });

  it("drops raw HTML and dangerous links", () => {
    const { html } = render("<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)>");
    expect(html).not.toContain("<script");
    expect(html).not.toContain("javascript:");
    expect(html).not.toContain("onerror");
  });

  it("renders cloze marks as a blank (with the hint) and a hidden answer", () => {
    const { html } = render("GPT is {{c1::decoder-only|decoder only}}; it uses a {{c2::causal::which mask?}} mask.", {
      cloze: true,
    });
    expect(html).toContain(
      '<span class="cloze" data-cloze="1"><span class="cloze-blank">[…]</span><span class="cloze-answer">decoder-only</span></span>',
    );
    expect(html).toContain('<span class="cloze-blank">[which mask?]</span><span class="cloze-answer">causal</span>');
  });

  it("gives headings stable anchors and builds a table of contents (Chinese too)", () => {
    const { html, toc } = render("## Self-attention\n\n### The formula\n\n## 自注意力机制\n", { slugs: true });
    expect(html).toContain('<h2 id="self-attention">');
    expect(toc).toEqual([
      { depth: 2, id: "self-attention", text: "Self-attention" },
      { depth: 3, id: "the-formula", text: "The formula" },
      { depth: 2, id: "自注意力机制", text: "自注意力机制" },
    ]);
  });

  it("renders GFM tables", () => {
    const { html } = render("| a | b |\n| - | - |\n| 1 | 2 |\n");
    expect(html).toContain("<table>");
  });
});
