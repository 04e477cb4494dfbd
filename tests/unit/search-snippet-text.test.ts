import { describe, expect, it } from "vitest";
import { mathText } from "@/lib/content/math-text";
import { parseMarkdown } from "@/lib/content/markdown/parse";
import { blockText } from "@/lib/content/plain-text";
import { createSearchCorpus } from "@/lib/search/corpus";
import { searchDocuments } from "@/lib/search/documents";
import { createSearchIndex } from "@/lib/search/engine";
import { SearchParamsSchema } from "@/lib/search/params";
import { runSearch } from "@/lib/search/search";
import type { ContentSnapshot } from "@/lib/content/schemas/snapshot";

describe("formulas as readable text", () => {
  it.each([
    ["\\sqrt{d_k}", "√d_k"],
    ["\\mathrm{softmax}\\left(\\frac{QK^\\top}{\\sqrt{d_k}}\\right)V", "softmax(QKᵀ/√d_k)V"],
    ["\\sqrt{1 - \\bar\\alpha_t}\\, \\epsilon", "√(1 - ᾱ_t) ε"],
    ["\\frac{a+b}{2}", "(a+b)/2"],
    ["O(n^2 d)", "O(n^2 d)"],
    ["\\log p(x) \\le \\infty", "log p(x) ≤ ∞"],
    ["\\sum_{i=1}^{n} x_i", "∑_(i=1)^n x_i"],
  ])("%s reads %s", (latex, text) => {
    expect(mathText(latex)).toBe(text);
  });

  it("turns inline and display math of Markdown into readable text, never LaTeX", () => {
    const tree = parseMarkdown("Divide by $\\sqrt{d_k}$ first.\n\n$$\n\\frac{QK^\\top}{\\sqrt{d_k}}\n$$\n");
    const text = blockText(tree.children);
    expect(text).toBe("Divide by √d_k first.\nQKᵀ/√d_k");
    expect(text).not.toMatch(/\\[a-z]+/);
  });
});

describe("snippets of cloze questions", () => {
  const cloze = {
    id: "attention-cloze",
    topic: "transformer",
    tags: [],
    type: "cloze",
    difficulty: "easy",
    langs: {
      en: {
        title: "Fill in the scaling",
        searchText: {
          prompt:
            "Scores are divided by {{c1::sqrt(d_k)|the square root of d_k}} before the {{c2::softmax::a function}}.",
          answer: "Scaling keeps the variance of the scores near one.",
        },
      },
    },
  } as unknown as ContentSnapshot["questions"][number];
  const docs = searchDocuments({ questions: [cloze], articles: [] });
  const corpus = createSearchCorpus(createSearchIndex(docs), docs)!;
  const snippetOf = (q: string) =>
    runSearch(corpus, SearchParamsSchema.parse({ q }), "en")
      .hits[0]!.snippet.map((p) => p.text)
      .join("");

  it("shows blanks (with their hints), never the answers, whatever the query", () => {
    for (const q of ["scores", "softmax", "square root", "variance"]) {
      const text = snippetOf(q);
      expect(text, q).toContain("Scores are divided by […] before the [a function…].");
      expect(text, q).not.toMatch(/sqrt|square root|softmax/);
    }
  });

  it("is still found by its answers", () => {
    expect(runSearch(corpus, SearchParamsSchema.parse({ q: "softmax" }), "en").total).toBe(1);
  });
});
