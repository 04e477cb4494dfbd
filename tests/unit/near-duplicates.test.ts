import { describe, expect, it } from "vitest";
import { findNearDuplicates, NEAR_DUPLICATE_THRESHOLD } from "@/lib/content/near-duplicates";

const item = (id: string, lang: string, text: string) => ({ id, lang, file: `${id}.md`, line: 1, text });

describe("near-duplicate questions", () => {
  const original =
    "Why is F1 a harmonic mean? Why is F1 defined as the harmonic mean of precision and recall rather than the arithmetic mean, and when would you use F-beta instead?";
  const reworded =
    "F1 and the harmonic mean. Explain why F1 is defined as the harmonic mean of precision and recall rather than the arithmetic mean, and when you would use F-beta instead.";
  const different =
    "What does an ROC curve plot? Name both axes, and explain what the area under the curve means for a ranking model.";

  it("flags a lightly reworded copy in the same language, with both places", () => {
    const pairs = findNearDuplicates([
      item("f1-a", "en", original),
      item("f1-b", "en", reworded),
      item("roc", "en", different),
    ]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]!.similarity).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
    expect([pairs[0]!.a.id, pairs[0]!.b.id].sort()).toEqual(["f1-a", "f1-b"]);
  });

  it("works for Chinese without word segmentation", () => {
    const zh1 = "为什么 F1 用调和平均？为什么 F1 定义为精确率和召回率的调和平均而不是算术平均？什么时候改用 F-beta？";
    const zh2 =
      "F1 为什么是调和平均？请解释为什么 F1 定义为精确率和召回率的调和平均而不是算术平均，以及什么时候改用 F-beta。";
    const zh3 = "ROC 曲线的横轴和纵轴分别是什么？曲线下面积对排序模型意味着什么？";
    const pairs = findNearDuplicates([item("a", "zh", zh1), item("b", "zh", zh2), item("c", "zh", zh3)]);
    expect(pairs.map((p) => [p.a.id, p.b.id])).toEqual([["a", "b"]]);
  });

  it("never pairs questions across languages", () => {
    expect(findNearDuplicates([item("a", "en", original), item("a", "zh", original)])).toEqual([]);
  });
});
