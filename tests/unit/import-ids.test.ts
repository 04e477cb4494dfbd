import { createHash } from "node:crypto";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { baseId, uniqueId } from "@/lib/content-tools/import/ids";
import { idsInBankText, topicIdPrefix } from "@/lib/content/question-ids";
import { detectLang, langFromFileName } from "@/lib/content-tools/import/lang";
import { bankSlug, defaultOutPath, titleFromFileName } from "@/lib/content-tools/import/paths";
import { titleSentence } from "@/lib/content-tools/import/render-bank";
import { parseMarkdown } from "@/lib/content/markdown/parse";
import { KebabIdSchema } from "@/lib/content/schemas/common";

describe("import: ids", () => {
  it("prefixes with the prefix the topic's ids already use, and slugs the English words of the title", () => {
    expect(topicIdPrefix("content", "deep-learning-basics")).toBe("dl");
    expect(topicIdPrefix("content", "risk-law-ethics")).toBe("ethics");
    expect(topicIdPrefix("content", "a-topic-without-banks")).toBe("a");
    expect(baseId("deep", "How do you evaluate a model?")).toBe("deep-how-do-you-evaluate-a-model");
    expect(baseId("nlp", "什么是 Transformer 的 self-attention？")).toBe("nlp-transformer-self-attention");
    expect(baseId("tf", "Why divide by $\\sqrt{d_k}$ in attention?")).toBe("tf-why-divide-by-in-attention");
  });

  it("hashes a title without English words", () => {
    const hash = createHash("sha256").update("什么是过拟合？").digest("hex").slice(0, 8);
    expect(baseId("deep", "什么是过拟合？")).toBe(`deep-q-${hash}`);
    expect(baseId("deep", "2024 年的趋势")).toMatch(/^deep-q-[0-9a-f]{8}$/);
  });

  it("keeps long titles to eight words and produces valid kebab-case ids", () => {
    const id = baseId("eval", "What are the trade-offs between precision, recall and F1 on imbalanced data sets?");
    expect(id).toBe("eval-what-are-the-trade-offs-between-precision-recall");
    for (const t of ["Ünïcödé títle?", "C++ vs. C#", "a_b__c"])
      expect(KebabIdSchema.safeParse(baseId("x", t)).success, t).toBe(true);
  });

  it("adds -2, -3 on collision, against existing ids and within the file", () => {
    const used = new Set(["demo-open", "demo-open-2"]);
    expect(uniqueId("demo-open", used)).toBe("demo-open-3");
    expect(uniqueId("demo-new", used)).toBe("demo-new");
    expect(uniqueId("demo-new", used)).toBe("demo-new-2");
  });

  it("reads ids from meta blocks only", () => {
    const bank =
      '---\ntitle: x\ntopic: y\n---\n\n## Q\n\n```meta\nid: a-one\ntype: open\n```\n\nid: not-this\n\n```yaml\nid: nor-this\n```\n\n```meta\ntype: open\nid: "b-two"\n```\n';
    expect(idsInBankText(bank)).toEqual(["a-one", "b-two"]);
  });
});

describe("import: language and paths", () => {
  it("takes the language from the file name, else from the prose", () => {
    expect(langFromFileName("post.zh.md")).toBe("zh");
    expect(langFromFileName("post.en.md")).toBe("en");
    expect(langFromFileName("post.md")).toBeUndefined();
    expect(
      detectLang(
        parseMarkdown(
          "什么是 Transformer 的 self-attention？它的复杂度是多少？\n\n```python\nprint('a lot of English in code')\n```",
        ),
      ),
    ).toBe("zh");
    expect(detectLang(parseMarkdown("What does 金矿 mean? It means gold mine, a place to dig for value."))).toBe("en");
  });

  it("names the bank after the post, kebab-cased, under the topic's folder", () => {
    expect(bankSlug("posts/My ML Post_2024.zh.md")).toBe("my-ml-post-2024");
    expect(bankSlug("面试题.md")).toBe("imported");
    expect(defaultOutPath("content", "nlp", "/tmp/Top 50 NLP.md", "en")).toBe(
      path.join("content", "banks", "nlp", "top-50-nlp.en.md"),
    );
    expect(titleFromFileName("ml_interview-notes.md")).toBe("ml interview notes");
  });

  it("repeats a bare title as a sentence: a question mark for questions, a full stop for instructions", () => {
    expect(titleSentence("Compare Adam and SGD", "en")).toBe("Compare Adam and SGD.");
    expect(titleSentence("How does BN help", "en")).toBe("How does BN help?");
    expect(titleSentence("What is dropout?", "en")).toBe("What is dropout?");
    expect(titleSentence("手写一个 LayerNorm", "zh")).toBe("手写一个 LayerNorm。");
    expect(titleSentence("BN 和 LN 的区别", "zh")).toBe("BN 和 LN 的区别？");
  });
});
