import { describe, expect, it } from "vitest";
import { matchBoldLine } from "@/lib/content-tools/import/bold-line";
import { classifyTitle, numberExtends, splitNumber } from "@/lib/content-tools/import/detect";
import { headingLabel, matchLabel } from "@/lib/content-tools/import/labels";

const isQuestion = (title: string, followedByLabel = false) =>
  classifyTitle(splitNumber(title), followedByLabel).question;

describe("import: numbering", () => {
  it.each([
    ["3. How do you evaluate a model?", "How do you evaluate a model?", "3", false],
    ["1. 什么是过拟合？", "什么是过拟合？", "1", false],
    ["9.1 Adam vs SGD", "Adam vs SGD", "9.1", false],
    ["2、为什么要归一化", "为什么要归一化", "2", false],
    ["(4) Bias and variance", "Bias and variance", "4", false],
    ["Q3: What is dropout?", "What is dropout?", "3", true],
    ["Question 2. Explain attention", "Explain attention", "2", true],
    ["问题2：如何评估模型？", "如何评估模型？", "2", true],
    ["第 5 题：手写 softmax", "手写 softmax", "5", true],
    ["Q: What is a token?", "What is a token?", undefined, true],
    ["一、基础知识", "基础知识", undefined, false],
  ])("%s", (title, text, number, marked) => {
    expect(splitNumber(title)).toEqual({ text, number, marked });
  });

  it("leaves words that merely start like a marker, and years, alone", () => {
    expect(splitNumber("Quantization basics")).toEqual({ text: "Quantization basics", marked: false });
    expect(splitNumber("问题分析")).toEqual({ text: "问题分析", marked: false });
    expect(splitNumber("2024 outlook")).toEqual({ text: "2024 outlook", marked: false });
  });

  it("knows when a number is nested under another", () => {
    expect(numberExtends("9.1", "9")).toBe(true);
    expect(numberExtends("10", "1")).toBe(false);
    expect(numberExtends("9.1", undefined)).toBe(false);
  });
});

describe("import: question or not (the documented rules, in order)", () => {
  it("rule 1: chapter titles are never questions", () => {
    for (const t of ["第一章 基础", "第 2 部分：深度学习", "Part 1: Basics", "Chapter 3", "Section 2 — what is new?"])
      expect(isQuestion(t), t).toBe(false);
  });
  it("rule 2: framing headings are not questions", () => {
    for (const t of [
      "Introduction",
      "1. Introduction",
      "Conclusion",
      "Summary: what did we learn?",
      "总结",
      "总结与展望",
      "结语",
      "前言",
      "参考资料",
      "Key takeaways",
    ]) {
      expect(isQuestion(t), t).toBe(false);
    }
    // … but only as a whole word: these are questions by other rules.
    expect(isQuestion("介绍一下 Transformer 的结构")).toBe(true);
    expect(isQuestion("Notebook tips?")).toBe(true);
  });
  it("rules 3–5: a question mark, a number, or a question word", () => {
    expect(isQuestion("Attention is all you need?")).toBe(true);
    expect(isQuestion("BN 和 LN 的区别")).toBe(true);
    expect(isQuestion("3. Gradient clipping")).toBe(true);
    expect(isQuestion("Q: Dropout")).toBe(true);
    expect(isQuestion("Why normalise inputs")).toBe(true);
    expect(isQuestion("Transformer 的原理是什么")).toBe(true);
    expect(isQuestion("过拟合了吗")).toBe(true);
    expect(isQuestion("Explain beam search")).toBe(true);
  });
  it("rule 6: a heading followed by an answer label; rule 7: anything else is skipped", () => {
    expect(isQuestion("Gradient clipping", true)).toBe(true);
    expect(isQuestion("Gradient clipping")).toBe(false);
    expect(isQuestion("一、基础知识")).toBe(false);
    expect(isQuestion("Implementation details")).toBe(false);
  });
});

describe("import: labels", () => {
  const label = (src: string) => {
    const m = matchLabel(src);
    return m && { kind: m.kind, content: m.content, number: m.number };
  };

  it.each([
    ["**答案：** 过拟合是…", "answer", "过拟合是…"],
    ["**答案**：过拟合是…", "answer", "过拟合是…"],
    ["**答案：**过拟合是…", "answer", "过拟合是…"],
    ["**答案:** text", "answer", "text"],
    ["**Answer**: text", "answer", "text"],
    ["**Answer:**\ntext on the next line", "answer", "text on the next line"],
    ["**答案**", "answer", ""],
    ["**解析：**", "explanation", ""],
    ["**Explanation:** why", "explanation", "why"],
    ["**代码示例：**", "code", ""],
    ["**示例代码**：", "code", ""],
    ["**Code example:** see below", "code", "see below"],
    ["**题目：** 请解释", "prompt", "请解释"],
    ["**Question:** Explain", "prompt", "Explain"],
    ["**A:** yes", "answer", "yes"],
    ["__Answer:__ underscores", "answer", "underscores"],
  ])("%s", (src, kind, content) => {
    expect(label(src)).toEqual({ kind, content, number: undefined });
  });

  it("keeps text written inside the bold after the colon, still bold", () => {
    expect(label("**答案：A**，因为 B")).toEqual({ kind: "answer", content: "**A**，因为 B", number: undefined });
    expect(label("**问题2：如何评估模型？**")).toEqual({ kind: "prompt", content: "**如何评估模型？**", number: "2" });
    expect(label("**Q3: What is dropout?**")).toEqual({ kind: "prompt", content: "**What is dropout?**", number: "3" });
  });

  it("reads numbered question labels, `第3题` with or without a colon", () => {
    expect(label("**Question 3:** What is X?")).toEqual({ kind: "prompt", content: "What is X?", number: "3" });
    expect(label("**第3题** 什么是过拟合？")).toEqual({ kind: "prompt", content: "什么是过拟合？", number: "3" });
    expect(label("**第 3 题：什么是过拟合？**")).toEqual({
      kind: "prompt",
      content: "**什么是过拟合？**",
      number: "3",
    });
    expect(label("**第3题**：什么是过拟合？")).toEqual({ kind: "prompt", content: "什么是过拟合？", number: "3" });
    expect(label("**第3题**\n什么是过拟合？")).toEqual({ kind: "prompt", content: "什么是过拟合？", number: "3" });
    // Glued to the text, it is prose about a question, not a label.
    expect(matchLabel("**第3题的解法很巧妙**")).toBeUndefined();
    expect(matchLabel("**第3题**的解法很巧妙")).toBeUndefined();
  });

  it("does not take ordinary bold text for a label", () => {
    for (const src of [
      "**Answering** this needs care",
      "**Answer** the question first.",
      "**A.** first option",
      "**Codec** choice",
      "**A**",
      "**注意：** 这里",
      "Answer: not bold",
    ]) {
      expect(matchLabel(src), src).toBeUndefined();
    }
  });

  it("reads label-only headings", () => {
    expect(headingLabel("答案")).toBe("answer");
    expect(headingLabel("Explanation:")).toBe("explanation");
    expect(headingLabel("参考代码")).toBe("code");
    expect(headingLabel("Answers to common questions")).toBeUndefined();
  });

  it("finds a bold line on its own, with what follows it in the paragraph", () => {
    expect(matchBoldLine("**Q3: What?**\nBecause.")).toEqual({
      marker: "**",
      inner: "Q3: What?",
      rest: "Because.",
      restOffset: 14,
    });
    expect(matchBoldLine("**a** and **b**")).toBeUndefined();
    expect(matchBoldLine("**not** the whole line")).toBeUndefined();
  });
});
