import { describe, expect, it } from "vitest";
import { importPost } from "@/lib/content-tools/import/import-post";
import { importSummary } from "@/lib/content-tools/import/report";
import { checkImport } from "@/lib/content-tools/import/verify";

const run = (source: string, fileName = "post.en.md", existingIds: string[] = []) =>
  importPost({ source, fileName, topic: "demo", existingIds });

/** The bank, read back by the real bank parser: errors (not warnings) and the ids it found. */
async function readBack(source: string, fileName = "post.en.md") {
  const result = run(source, fileName);
  const problems = await checkImport(result, { topic: "demo", slug: "post", display: "post" });
  return { result, errors: problems.filter((d) => d.severity === "error") };
}

describe("import: tricky posts", () => {
  it("closes a fence the post never closes, so it cannot swallow the sections after it", async () => {
    const src = "## 1. Write hello world\n\n**Code:**\n\n```python\n# hello\nprint('hi')\n";
    const { result, errors } = await readBack(src);
    expect(errors).toEqual([]);
    expect(result.markdown).toContain("```python\n# hello\nprint('hi')\n```\n");
    expect(result.unclassified).toEqual([
      {
        line: 5,
        text: "unclosed block closed at the end of the post",
        kind: "repaired",
        question: result.questions[0]!.id,
      },
    ]);
  });

  it("reads CRLF posts like LF ones", () => {
    const lf = "# T\n\n### 1. What is X?\n\n**Answer:** X is Y.\n\n```\n# code\n```\n";
    expect(run(lf.replace(/\n/g, "\r\n")).markdown).toBe(run(lf).markdown);
  });

  it("keeps numbered bold points inside a heading question's answer as content", () => {
    const src = "### 5. 如何缓解过拟合？\n\n**1. 数据层面**\n\n数据增强。\n\n**2. 模型层面？**\n\n正则化与 Dropout。\n";
    const r = run(src, "p.zh.md");
    expect(r.questions).toHaveLength(1);
    expect(r.markdown).toContain(
      "### 答案\n\n**1. 数据层面**\n\n数据增强。\n\n**2. 模型层面？**\n\n正则化与 Dropout。\n",
    );
  });

  it.each([
    ["**问题3：交叉熵的公式是什么？**", "交叉熵的公式是什么？"],
    ["**Q3: What is cross-entropy?**", "What is cross-entropy?"],
    ["**Question 3:** What is cross-entropy?", "What is cross-entropy?"],
    ["**第3题** 交叉熵的公式是什么？", "交叉熵的公式是什么？"],
    ["**第 3 题：交叉熵的公式是什么？**", "交叉熵的公式是什么？"],
  ])("under a question heading, a bold numbered question label starts a question: %s", (line, title) => {
    const src = `### 2. 如何缓解过拟合？\n\n**1. 数据层面**\n\n数据增强。\n\n${line}\n\n$$\nL = -\\sum_i y_i \\log p_i\n$$\n`;
    const r = run(src, "p.zh.md");
    expect(r.questions.map((q) => [q.sourceLine, q.title, q.hasAnswer])).toEqual([
      [1, "如何缓解过拟合？", true],
      [7, title, true],
    ]);
    expect(r.markdown).toContain("### 答案\n\n**1. 数据层面**\n\n数据增强。\n\n## ");
    expect(r.markdown).toContain("### 答案\n\n$$\nL = -\\sum_i y_i \\log p_i\n$$\n");
    expect(r.unclassified).toEqual([]);
  });

  it("under a question heading, an unnumbered question label is its prompt label, and `第3题` glued to text is content", () => {
    const r = run(
      "### 1. 过拟合\n\n**问题：** 请解释过拟合。\n\n**答案：** 训练好、测试差。\n\n**第3题**的解法类似。\n",
      "p.zh.md",
    );
    expect(r.questions).toHaveLength(1);
    expect(r.markdown).toContain("请解释过拟合。\n\n### 答案\n\n训练好、测试差。\n\n**第3题**的解法类似。\n");
  });

  it("skips a question heading with nothing under it when a numbered question label follows: it was a section title", () => {
    const r = run(
      "## 1. 基础概念\n\n**问题1：什么是过拟合？**\n\n训练好、测试差。\n\n**问题2：什么是欠拟合？**\n\n训练也差。\n",
      "p.zh.md",
    );
    expect(r.questions.map((q) => [q.sourceLine, q.title])).toEqual([
      [3, "什么是过拟合？"],
      [7, "什么是欠拟合？"],
    ]);
    expect(r.skipped).toEqual([{ line: 1, text: "1. 基础概念" }]);
  });

  it("takes unlabelled code, math, lists and tables under a question heading as its answer, even with an explanation label after them", () => {
    const src =
      "### 2. How do you compute softmax stably?\n\n```python\n# subtract the max\nm = max(xs)\nexps = [math.exp(x - m) for x in xs]\n```\n\n$$\ny_i = e^{x_i - m}\n$$\n\n- one\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n**Explanation:** exp overflows.\n";
    const r = run(src);
    expect(r.questions[0]).toMatchObject({ hasAnswer: true, hasExplanation: true, type: "code", draft: true });
    expect(r.markdown).toContain("### Solution\n\n```python\n# subtract the max\n");
    expect(r.markdown).toContain("| 1 | 2 |\n\n### Explanation\n\nexp overflows.\n");
    // A label was there and did not name these blocks: they are reported, as what they were taken for.
    expect(r.unclassified.map((u) => [u.line, u.kind])).toEqual([
      [3, "answer"],
      [9, "answer"],
      [13, "answer"],
      [15, "answer"],
    ]);
    expect(importSummary(r, "out.md", [])).toContain(
      "unlabelled text before an explanation, taken as the question's answer: 4\n    line 3  ```python",
    );
  });

  it("keeps unlabelled blocks before an answer or prompt label in the prompt, and reports them", () => {
    for (const label of [
      "**Answer:** 0.30000000000000004",
      "**Question:** What does it print?",
      "**Code:** `print(round(0.1 + 0.2, 2))`",
    ]) {
      const r = run(`### 3. What does this print?\n\n\`\`\`python\nprint(0.1 + 0.2)\n\`\`\`\n\n${label}\n`);
      expect(r.markdown, label).toMatch(
        /difficulty: medium\n(?:draft: true\n)?```\n\n```python\nprint\(0\.1 \+ 0\.2\)\n```\n/,
      );
      expect(
        r.unclassified.map((u) => [u.line, u.kind]),
        label,
      ).toEqual([[3, "prompt"]]);
    }
  });

  it("in a bold-question post, numbered bold points stay in the answer but a bold line ending in ? starts a question", () => {
    const src =
      "**Q1: How do you fight overfitting?**\n\n**1. More data**\n\nAugment it.\n\n**Why does dropout work?**\n\nIt averages many thinned networks.\n";
    const r = run(src);
    expect(r.questions.map((q) => [q.sourceLine, q.title])).toEqual([
      [1, "How do you fight overfitting?"],
      [7, "Why does dropout work?"],
    ]);
    expect(r.markdown).toContain("### Answer\n\n**1. More data**\n\nAugment it.\n");
  });

  it("demotes setext and ATX headings inside an answer, and escapes a # that would start a heading", async () => {
    // Questions written as H1s (so the first H1 is not the post's title), with a setext H2 in an answer.
    const src =
      "# What is attention?\n\nA weighted average.\n\nDetails\n-------\n\nQueries meet keys.\n\n# What is a token?\n\n**Answer:** # not a heading\n";
    const { result, errors } = await readBack(src);
    expect(errors).toEqual([]);
    expect(result.markdown).toContain("A weighted average.\n\n**Details**\n\nQueries meet keys.");
    expect(result.markdown).toContain("### Answer\n\n\\# not a heading\n");
    expect(result.unclassified.map((u) => [u.line, u.kind])).toEqual([
      [5, "demoted"],
      [12, "demoted"],
    ]);
  });

  it("nests a sub-numbered heading under a question as its own question, and a deeper unnumbered one as content", () => {
    const src =
      "### 9. What is regularization?\n\nPenalising complexity.\n\n#### Why does it help?\n\nIt limits variance.\n\n#### 9.1 What is L1?\n\nAn absolute-value penalty.\n";
    const r = run(src);
    expect(r.questions.map((q) => [q.sourceLine, q.title])).toEqual([
      [1, "What is regularization?"],
      [9, "What is L1?"],
    ]);
    expect(r.markdown).toContain("Penalising complexity.\n\n**Why does it help?**\n\nIt limits variance.");
  });

  it("keeps text written inside the bold label, and code that is not most of the answer in an open answer", () => {
    const src =
      "### 1. 激活函数选哪个？\n\n**答案：ReLU**，因为它在正区间梯度恒为 1，计算便宜，也缓解了梯度消失，是大多数网络的默认选择。\n\n**代码示例：**\n\n```python\nnn.ReLU()\n```\n";
    const r = run(src, "p.zh.md");
    expect(r.questions[0]!.type).toBe("open");
    expect(r.markdown).toContain("### 答案\n\n**ReLU**，因为它在正区间梯度恒为 1");
    expect(r.markdown).toContain("是大多数网络的默认选择。\n\n```python\nnn.ReLU()\n```\n");
  });

  it("keeps an indented fence's indentation, so its code is unchanged", () => {
    const src = "## 1. Show a loop\n\n  ```python\n  for i in range(3):\n      print(i)\n  ```\n";
    expect(run(src).markdown).toContain("### Solution\n\n  ```python\n  for i in range(3):\n      print(i)\n  ```\n");
  });

  it("takes a multi-line Q: label as the prompt, and a bare 问题 label's next paragraph as the title", () => {
    const en = run("**Q:** What is a KV cache?\nAnswer for a decoder-only model.\n\n**A:** Stored keys and values.\n");
    expect(en.questions[0]!.title).toBe("What is a KV cache?");
    expect(en.markdown).toContain(
      "```\n\nWhat is a KV cache?\nAnswer for a decoder-only model.\n\n### Answer\n\nStored keys and values.\n",
    );
    const zh = run("**问题：**\n\n什么是 KV Cache？\n\n**答案：** 缓存的键和值。\n", "p.zh.md");
    expect(zh.questions[0]!.title).toBe("什么是 KV Cache？");
    expect(zh.unclassified).toEqual([]);
  });

  it("gives questions with the same title distinct ids, and avoids ids already used", () => {
    const r = run("## What is X?\n\nA.\n\n## What is X?\n\nB.\n", "p.en.md", ["demo-what-is-x"]);
    expect(r.questions.map((q) => q.id)).toEqual(["demo-what-is-x-2", "demo-what-is-x-3"]);
  });

  it("never alters raw HTML to please the check: it reports what a person must fix", async () => {
    const { result, errors } = await readBack("## What is X?\n\nLine one<br>line two.\n");
    expect(result.markdown).toContain("Line one<br>line two.");
    expect(errors.map((e) => e.rule)).toEqual(["raw-html"]);
  });

  it("finds nothing in a post without questions, and says what it skipped", () => {
    const r = run("# Notes\n\n## Background\n\nSome prose.\n\n## Summary\n\nMore prose.\n");
    expect(r.questions).toEqual([]);
    expect(r.skipped).toEqual([
      { line: 3, text: "Background" },
      { line: 7, text: "Summary" },
    ]);
  });
});
