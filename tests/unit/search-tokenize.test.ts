import { describe, expect, it } from "vitest";
import { bigrams, indexTerms, queryWords, words } from "@/lib/search/tokenize";

describe("search tokenizer", () => {
  it("cuts Chinese into words and also indexes every neighbouring character pair", () => {
    const terms = indexTerms("自注意力机制");
    expect(terms).toContain("注意力");
    expect(terms).toEqual(expect.arrayContaining(["自注", "注意", "意力", "力机", "机制"]));
  });

  it("queries a run of Chinese by its words and by its character pairs", () => {
    expect(queryWords("注意力")).toEqual([{ kind: "cjk", words: ["注意力"], bigrams: ["注意", "意力"] }]);
    expect(queryWords("注意力机制")).toEqual([
      { kind: "cjk", words: ["注意力", "机制"], bigrams: ["注意", "意力", "力机", "机制"] },
    ]);
    // Punctuation or a Latin word ends a run.
    expect(queryWords("注意力，KV缓存").map((w) => w.kind)).toEqual(["cjk", "latin", "cjk"]);
    expect(queryWords("注意力the机制")).toMatchObject([{ words: ["注意力"] }, { words: ["机制"] }]);
  });

  it("indexes the pair of a two-character run the segmenter cut into single characters", () => {
    // ICU cuts "缓存" into 缓|存; the pair keeps the word findable as a whole.
    expect(indexTerms("KV 缓存")).toContain("缓存");
  });

  it("stems English words so inflections meet", () => {
    const [attentions] = queryWords("attentions");
    expect(attentions).toMatchObject({ kind: "latin", term: indexTerms("attention")[0] });
    expect(indexTerms("caching cached")).toEqual(["cach", "cach"]);
  });

  it("lowercases and applies NFKC, so full-width letters and digits match their ASCII forms", () => {
    expect(indexTerms("ＫＶ Cache ＧＰＴ４")).toEqual(indexTerms("kv cache gpt4"));
  });

  it("splits mixed Chinese and English text and keeps positions in the original", () => {
    const text = "用 PyTorch 实现注意力";
    const list = words(text);
    expect(list.map((w) => w.text)).toContain("pytorch");
    const pytorch = list.find((w) => w.text === "pytorch")!;
    expect(text.slice(pytorch.start, pytorch.end)).toBe("PyTorch");
  });

  it("leaves out English stopwords, so a question phrased as a question still matches", () => {
    expect(queryWords("What is the KV cache?").map((w) => w.kind === "latin" && w.raw)).toEqual(["kv", "cache"]);
  });

  it("does not pair characters across punctuation or Latin words", () => {
    expect(indexTerms("注意，力量")).not.toContain("意力");
    expect(bigrams("模型A训练")).toEqual(["模型", "型训", "训练"]);
  });
});
