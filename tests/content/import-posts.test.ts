import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { existingQuestionIds } from "@/lib/content/question-ids";
import { importPost } from "@/lib/content-tools/import/import-post";
import { blockSource, prepareSource } from "@/lib/content-tools/import/source";
import type { ImportResult } from "@/lib/content-tools/import/types";
import { loadContent } from "@/lib/content/load";
import { parseMarkdown } from "@/lib/content/markdown/parse";
import { contentRootWith } from "../helpers/content-fixtures";

const FIXTURES = path.resolve("tests/fixtures/import");

/** Imports a fixture post as topic demo, with ids fresh against the temp content root's banks. */
function importFixture(name: string, root: string): { source: string; result: ImportResult } {
  const source = readFileSync(path.join(FIXTURES, name), "utf8");
  const result = importPost({ source, fileName: name, topic: "demo", existingIds: existingQuestionIds(root) });
  return { source, result };
}

/** Writes the bank into banks/demo/ of a temp content root and runs the whole content check on it. */
async function check(name: string, expectedQuestions: number, otherWarnings: string[] = []) {
  const { root, publicDir } = contentRootWith();
  const { source, result } = importFixture(name, root);
  const file = path.join(root, "banks/demo", `imported.${result.lang}.md`);
  writeFileSync(file, result.markdown);
  const { snapshot } = await loadContent({ dir: root, publicDir });
  expect(snapshot.errors).toEqual([]);
  // Only what an import is expected to leave for a person: drafts lack answers and key points, posts lack explanations,
  // and the bank has one language so far (plus what the caller expects, and checks, about its post).
  const expected = ["explanation-missing", "section-missing", "key-points-missing", "bank-lang-missing"];
  for (const w of snapshot.warnings) expect([...expected, ...otherWarnings]).toContain(w.rule);
  for (const rule of otherWarnings) expect(snapshot.warnings.map((w) => w.rule)).toContain(rule);
  const imported = snapshot.questions.filter((q) => q.bank === "demo/imported");
  expect(imported).toHaveLength(expectedQuestions);
  expect(imported.map((q) => q.id)).toEqual(result.questions.map((q) => q.id));
  expect(imported.map((q) => [q.type, q.draft])).toEqual(result.questions.map((q) => [q.type, q.draft]));
  return { source, result, snapshot: imported };
}

const shape = (r: ImportResult) => r.questions.map((q) => [q.sourceLine, q.title, q.hasAnswer, q.draft, q.type]);

/**
 * Every code block, math block, table, list, quote and plain paragraph of the post is in the bank byte for byte,
 * unless it was reported as not imported. (Headings and label lines are rewritten by design.)
 */
function expectCarriedIntact(source: string, result: ImportResult, atLeast = 4) {
  const omitted = new Set(result.unclassified.filter((u) => u.kind === "omitted").map((u) => u.line));
  const { text } = prepareSource(source); // the post's frontmatter blanked, as the importer reads it
  const tree = parseMarkdown(text);
  let checked = 0;
  for (const node of tree.children) {
    const line = node.position!.start.line;
    if (omitted.has(line) || node.type === "heading" || node.type === "thematicBreak" || node.type === "html") continue;
    const block = blockSource(text, node);
    if (node.type === "paragraph" && /^\s*(\*\*|__)/.test(block)) continue;
    expect(result.markdown, `line ${line}`).toContain(block);
    checked++;
  }
  expect(checked).toBeGreaterThanOrEqual(atLeast);
}

describe("content:import — Chinese post with numbered headings and labels (ml-interview.zh.md)", () => {
  it("finds the questions, carries answers intact, skips non-questions, and passes the check", async () => {
    const { source, result, snapshot } = await check("ml-interview.zh.md", 8);
    expect(result.lang).toBe("zh");
    expect(result.title).toBe("机器学习面试题 50 问");
    expect(shape(result)).toEqual([
      [19, "什么是过拟合？", true, true, "open"],
      [32, "L1 和 L2 正则化有什么区别？", true, true, "open"],
      [50, "如何用 PyTorch 实现 Dropout？", true, true, "code"],
      [68, "为什么要做特征归一化？", true, true, "open"],
      [79, "什么是梯度消失？", false, true, "open"],
      [85, "Adam 和 SGD 的区别是什么？", true, true, "open"],
      [89, "学习率预热有什么作用？", true, true, "open"],
      [93, "Batch Normalization 在训练和推理时有什么不同？", true, true, "open"],
    ]);
    expect(result.questions.map((q) => q.hasExplanation)).toEqual([true, true, true, false, false, false, false, true]);
    // Intro, chapter titles, the 6. heading that only numbers 6.1/6.2, and the conclusion.
    expect(result.skipped).toEqual([
      { line: 13, text: "前言" },
      { line: 17, text: "第一章 基础" },
      { line: 81, text: "第二章 深度学习" },
      { line: 83, text: "6. 优化器" },
      { line: 103, text: "总结" },
    ]);
    expect(result.unclassified).toEqual([
      { line: 9, text: "本文整理了我在面试中遇到的高频问题，持续更新。", kind: "omitted" },
      { line: 11, text: "HTML comment dropped: <!-- more -->", kind: "omitted" },
      { line: 15, text: "这些题目来自各大厂的面试经验，答案仅供参考。", kind: "omitted" },
      { line: 72, text: "#### 常见方法 → bold line", kind: "demoted", question: result.questions[3]!.id },
      { line: 105, text: "以上就是全部内容，欢迎留言交流。", kind: "omitted" },
    ]);
    expectCarriedIntact(source, result);

    const md = result.markdown;
    // The `#` lines inside the code block stay code: no extra question or section appeared (checked above) …
    expect(md).toContain("```python\n# 这一行是注释，不是标题\nimport torch\n\n## 这一行也不是标题\ndef dropout(");
    expect(snapshot[2]!.langs.zh!.solutionHtml).toContain("这一行也不是标题");
    // … `*` and `_` inside math are untouched, in a table cell, a paragraph and a display block.
    expect(md).toContain("| L1 | $\\lambda \\lVert w \\rVert_1$ | 稀疏解 |");
    expect(md).toContain("每步乘上 $1 - \\eta * \\lambda$，权重越来越小。");
    expect(md).toContain("$$\nL = \\frac{1}{N}\\sum_{i=1}^{N} (y_i - \\hat{y}_i)^2 + \\lambda * \\|w\\|_2^2\n$$");
    // Labels with the colon inside or outside the bold, text on the label's line or the next.
    expect(md).toContain("请解释过拟合，并说明如何判断模型是否过拟合。\n\n### 答案\n\n过拟合是指模型");
    expect(md).toContain("### 解析\n\n本质是模型记住了训练数据中的噪声");
    expect(md).toContain("### 解析\n\nL1 的梯度是常数");
    // A mixed-language label (`**Explanation:**` in a Chinese post) and label headings (`#### 答案`).
    expect(md).toContain("### 解析\n\n训练时按概率 p 置零");
    expect(md).toContain("### 答案\n\n训练时使用当前 batch 的均值和方差");
    // A heading inside an answer became a bold line; the question without an answer is a draft.
    expect(md).toContain("梯度下降收敛更快。\n\n**常见方法**\n\n1. Min-Max 归一化");
    expect(md).toMatch(/## 什么是梯度消失？\n\n```meta\nid: demo-q-[0-9a-f]{8}\ntype: open\ndifficulty: medium\ndraft: true\n```\n\n什么是梯度消失？\n/);
    expect(snapshot[4]!.draft).toBe(true);
    expect(snapshot[4]!.langs.zh!.answerHtml).toBeUndefined();
  });
});

describe("content:import — English post with bold-line questions (interview-qa.en.md)", () => {
  it("reads Q1:/Q: bold lines, answers in the same paragraph or after labels, and a code-only answer", async () => {
    const { source, result } = await check("interview-qa.en.md", 6);
    expect(result.lang).toBe("en");
    expect(result.title).toBe("Machine Learning Interview Questions (2024 Edition)");
    expect(shape(result)).toEqual([
      [7, "What is the bias-variance trade-off?", true, true, "open"],
      [16, "Why do we split data into train, validation and test sets?", true, true, "open"],
      [19, "How would you handle an imbalanced dataset?", false, true, "open"],
      [21, "Explain precision and recall.", true, true, "open"],
      [31, "Implement a numerically stable softmax.", true, true, "code"],
      [45, "What does `model.eval()` change in PyTorch?", true, true, "open"],
    ]);
    expect(result.questions.map((q) => q.id)).toEqual([
      "demo-what-is-the-bias-variance-trade-off",
      "demo-why-do-we-split-data-into-train-validation",
      "demo-how-would-you-handle-an-imbalanced-dataset",
      "demo-explain-precision-and-recall",
      "demo-implement-a-numerically-stable-softmax",
      "demo-what-does-model-eval-change-in-pytorch",
    ]);
    expect(result.skipped).toEqual([
      { line: 5, text: "Part 1: Basics" },
      { line: 29, text: "Part 2: Coding" },
      { line: 52, text: "Conclusion" },
    ]);
    expect(result.unclassified.map((u) => [u.line, u.kind])).toEqual([
      [3, "omitted"],
      [54, "omitted"],
    ]);
    expectCarriedIntact(source, result);
    const md = result.markdown;
    // The answer that shared the bold line's paragraph, and a table in an answer.
    expect(md).toContain("### Answer\n\nThe validation set tunes hyper-parameters; the test set estimates performance on unseen data, and is used once.");
    expect(md).toContain("| Linear regression | high | low |\n| Deep decision tree | low | high |");
    expect(md).toContain("$F_1 = 2 * P * R / (P + R)$");
    // A code-only answer is the Solution of a code question, `#` comment included; the `---` separator is gone.
    expect(md).toContain("### Solution\n\n```python\nimport numpy as np\n\n# subtract the max so exp() cannot overflow\n");
    expect(md.match(/^---$/gm)).toHaveLength(2); // the frontmatter's two lines only
    // A numbered list after an `**A:**` label.
    expect(md).toContain("### Answer\n\nIt switches dropout off and makes batch norm use its running statistics:\n\n1. Dropout layers");
  });
});

describe("content:import — Chinese bold questions with mixed labels, no language in the file name (llm-baguwen.md)", () => {
  it("detects Chinese, reports unlabelled text put into the prompt, and reads a bare 问题 label", async () => {
    const { source, result, snapshot } = await check("llm-baguwen.md", 4);
    expect(result.lang).toBe("zh");
    expect(shape(result)).toEqual([
      [7, "Transformer 中为什么要除以 $\\sqrt{d_k}$？", true, true, "open"],
      [19, "如何评估一个大模型？", false, true, "open"],
      [23, "手写一个 LayerNorm", true, true, "code"],
      [37, "请说明 KV Cache 的原理，以及它节省了哪部分计算？", true, true, "open"],
    ]);
    expect(result.questions.map((q) => q.id)).toEqual(["demo-transformer", expect.stringMatching(/^demo-q-[0-9a-f]{8}$/), "demo-layernorm", "demo-kv-cache"]);
    expect(result.skipped).toEqual([
      { line: 5, text: "一、基础知识" },
      { line: 43, text: "结语" },
    ]);
    const id = result.questions[0]!.id;
    expect(result.unclassified).toEqual([
      { line: 3, text: "> 持续更新中，转载请注明出处。", kind: "omitted" },
      { line: 9, text: "先回顾一下注意力公式：", kind: "prompt", question: id },
      { line: 11, text: expect.stringMatching(/^\$\$ \\mathrm\{Attention\}/), kind: "prompt", question: id },
      { line: 21, text: "HTML comment dropped: <!-- 下面是代码题 -->", kind: "omitted", question: result.questions[1]!.id },
      { line: 45, text: "欢迎关注，下期讲 RLHF。", kind: "omitted" },
    ]);
    expectCarriedIntact(source, result);
    const md = result.markdown;
    // `**解析：**这是因为…` is not bold to CommonMark (no space after the closing **), and is still a label.
    expect(md).toContain("### 解析\n\n这是因为若 $q_i, k_i$ 独立且方差为 1，则 $q \\cdot k = \\sum_i q_i * k_i$ 的方差为 $d_k$。");
    expect(md).toContain("```meta\nid: demo-transformer\ntype: open\ndifficulty: medium\ndraft: true\n```\n\n先回顾一下注意力公式：\n\n$$\n\\mathrm{Attention}");
    expect(md).toContain("### 参考代码\n\n```python\nimport torch\n\n# 在最后一维上归一化\n");
    expect(md).toContain("手写一个 LayerNorm。");
    expect(snapshot[0]!.langs.zh!.promptHtml).toContain("katex-display");
  });
});

describe("content:import — English post with headings, plain-paragraph answers and chapters (dl-notes.md)", () => {
  it("treats paragraphs under a question heading as its answer and numbered parent headings as chapters", async () => {
    const { source, result } = await check("dl-notes.md", 4);
    expect(result.lang).toBe("en");
    expect(result.title).toBe("Deep learning interview notes"); // from the post's frontmatter: it has no H1
    expect(shape(result)).toEqual([
      [11, "What is the vanishing gradient problem?", true, true, "open"],
      [24, "How does batch normalization help training?", true, true, "open"],
      [38, "Write a function that computes the mean squared error.", true, true, "code"],
      [51, "Compare Adam and SGD with momentum", true, true, "open"],
    ]);
    expect(result.skipped).toEqual([
      { line: 5, text: "Introduction" },
      { line: 9, text: "1. Neural network basics" },
      { line: 36, text: "2. Coding" },
      { line: 61, text: "Key takeaways" },
      { line: 65, text: "Conclusion" },
    ]);
    expect(result.unclassified.map((u) => [u.line, u.kind])).toEqual([
      [7, "omitted"],
      [32, "demoted"],
      [63, "omitted"],
      [67, "omitted"],
    ]);
    expectCarriedIntact(source, result);
    const md = result.markdown;
    expect(md).toContain("Explain the problem and name two remedies.\n\n### Answer\n\nGradients shrink");
    expect(md).toContain("* Residual connections: $y = x + F(x)$, so $\\partial y / \\partial x = 1 + F'(x)$");
    expect(md).toContain("y_i = \\gamma * \\hat{x}_i + \\beta\n$$\n\n**Why it matters**\n\nIt lets you use");
    expect(md).toContain("### Solution\n\n```python\n# mse.py\ndef mse(y_true, y_pred):\n    # average of squared differences\n");
    // A bare imperative title becomes the prompt as a sentence.
    expect(md).toContain("Compare Adam and SGD with momentum.\n\n### Answer\n\n| Optimiser |");
    expect(md).toContain("1. Adam usually converges faster early on.\n2. Well-tuned SGD");
  });
});

describe("content:import — unlabelled blocks and a numbered question label under question headings (unlabelled-blocks.*.md)", () => {
  // The same post in both languages, line for line: 前言/Preface on line 3, the questions on 7, 11 and 21.
  it.each([
    ["unlabelled-blocks.zh.md", "zh", ["什么是过拟合？", "How do you compute softmax stably?", "交叉熵的公式是什么？"], ["前言", "总结"], ["答案", "参考代码"]],
    ["unlabelled-blocks.en.md", "en", ["What is overfitting?", "How do you compute softmax stably?", "What is the formula for cross-entropy?"], ["Preface", "Summary"], ["Answer", "Solution"]],
  ])("%s: a code block under a heading is its Solution, and a bold numbered question label starts question 3", async (name, lang, titles, skipped, [answer, solution]) => {
    // The base content already asks "What is overfitting?"; the near-duplicate check speaks of published questions, and an import is a draft.
    const { source, result, snapshot } = await check(name, 3);
    expect(result.lang).toBe(lang);
    expect(shape(result)).toEqual([
      [7, titles[0], true, true, "open"],
      // Only a code block under the heading, no label: it is the answer, so a code question (a draft, like every import, until its key points are written).
      [11, titles[1], true, true, "code"],
      // `**问题3：…**` / `**Question 3: …**` was swallowed into question 2 as its prompt label; it is a question
      // of its own, answered like any bold question by the unlabelled block under it.
      [21, titles[2], true, true, "open"],
    ]);
    expect(result.skipped).toEqual([
      { line: 3, text: skipped[0] },
      { line: 27, text: skipped[1] },
    ]);
    // Only the framing text is reported: nothing was put into a prompt unclassified.
    expect(result.unclassified.map((u) => [u.line, u.kind])).toEqual([
      [5, "omitted"],
      [29, "omitted"],
    ]);
    expectCarriedIntact(source, result, 2); // the code block and the formula

    const md = result.markdown;
    const [, q2, q3] = md.split(/^## /m).slice(1);
    // The code block, `#` comment line included, is question 2's Solution, byte for byte, and nothing else is.
    const code = "```python\n# subtract the max\nimport math\ndef softmax(xs):\n    m = max(xs)\n    return [math.exp(x - m) / sum(math.exp(y - m) for y in xs) for x in xs]\n```\n";
    expect(q2).toContain(`### ${solution}\n\n${code}`);
    expect(q2).toContain("draft: true");
    expect(q2).not.toContain("$$");
    expect(snapshot[1]!.type).toBe("code");
    expect(snapshot[1]!.draft).toBe(true);
    expect(snapshot[1]!.langs[lang as "zh" | "en"]!.solutionHtml).toContain("subtract the max");
    // Question 3 has its title as the prompt and the formula under it as the answer.
    expect(q3).toContain(`${titles[2]}\n\n### ${answer}\n\n$$\nL = -\\sum_i y_i \\log \\hat{y}_i\n$$\n`);
    expect(q3).toContain("draft: true");
  });
});
