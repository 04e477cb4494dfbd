import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const TYPES = ["open", "single", "multiple", "boolean", "cloze", "code"] as const;
const DIFFICULTY = ["easy", "medium", "hard"] as const;

function question(i: number, lang: "en" | "zh"): string {
  const type = TYPES[i % TYPES.length]!;
  const zh = lang === "zh";
  const meta = `\`\`\`meta\nid: synth-${i}\ntype: ${type}\ndifficulty: ${DIFFICULTY[i % 3]}\ntags: [synthetic, t${i % 17}]\n\`\`\``;
  // Formulas and code differ per question (as in a real bank) but match across languages (as in a real bank).
  const prompt = zh
    ? `第 ${i} 题：给定 $x_i \\in \\mathbb{R}^{${i}}$，计算 $\\mathrm{softmax}(x)_i = \\frac{e^{x_i / ${i}}}{\\sum_j e^{x_j / ${i}}}$ 并说明 **数值稳定性**。`
    : `Question ${i}: given $x_i \\in \\mathbb{R}^{${i}}$, compute $\\mathrm{softmax}(x)_i = \\frac{e^{x_i / ${i}}}{\\sum_j e^{x_j / ${i}}}$ and explain **numerical stability**.`;
  const diagram =
    i % 10 === 0 ? `\n\n\`\`\`mermaid\nflowchart LR\n  A["Input ${i}"] --> B["Softmax"] --> C["Output"]\n\`\`\`` : "";
  const code =
    "```python\nimport math\n\n# question " +
    i +
    "\ndef softmax(xs):\n    m = max(xs)\n    e = [math.exp(x - m) for x in xs]\n    s = sum(e)\n    return [v / s for v in e]\n\nassert abs(sum(softmax([1.0, 2.0, 3.0])) - 1) < 1e-9\n```";
  const explanation = `### ${zh ? "解析" : "Explanation"}\n\n${zh ? "减去最大值不改变结果：" : "Subtracting the maximum leaves the result unchanged:"}\n\n$$\n\\frac{e^{x_i - m_{${i}}}}{\\sum_j e^{x_j - m_{${i}}}} = \\frac{e^{x_i}}{\\sum_j e^{x_j}}\n$$`;
  const body: Record<(typeof TYPES)[number], string> = {
    open: `${prompt}${diagram}\n\n### ${zh ? "答案" : "Answer"}\n\n${zh ? "要点：" : "Key points:"}\n\n- ${zh ? "先减最大值" : "subtract the max"}\n- ${zh ? "再取指数" : "then exponentiate"}\n\n${code}`,
    single: `${prompt}${diagram}\n\n- [ ] $e^x$\n  > ${zh ? "会溢出" : "overflows"}\n- [x] $e^{x-m}$\n  > ${zh ? "正确" : "correct"}\n- [ ] $x^2$\n  > ${zh ? "不是指数" : "not exponential"}`,
    multiple: `${prompt}\n\n- [x] A\n  > ok\n- [x] B\n  > ok\n- [ ] C\n  > ${zh ? "错误" : "wrong"}`,
    boolean: `${prompt}\n\n### ${zh ? "答案" : "Answer"}\n\n${zh ? "对" : "true"}`,
    cloze: `${zh ? "数值稳定的 softmax 先减去" : "A stable softmax first subtracts the"} {{c1::max|maximum}} ${zh ? "再计算" : "then computes"} {{c2::exp::function}}.`,
    code: `${prompt}${diagram}\n\n### ${zh ? "参考代码" : "Solution"}\n\n${code}`,
  };
  return `## ${zh ? "合成题" : "Synthetic question"} ${i}\n\n${meta}\n\n${body[type]}\n\n${explanation}\n`;
}

/** Writes a content root with `count` bilingual questions, 50 per bank, plus topics.yml. */
export function writeSyntheticContent(root: string, count: number) {
  mkdirSync(path.join(root, "banks", "synthetic"), { recursive: true });
  writeFileSync(
    path.join(root, "topics.yml"),
    "- id: synthetic\n  order: 1\n  name: { zh: 合成, en: Synthetic }\n  description: { zh: 基准测试用。, en: For benchmarks. }\n",
  );
  for (let start = 0; start < count; start += 50) {
    const ids = Array.from({ length: Math.min(50, count - start) }, (_, k) => start + k);
    for (const lang of ["en", "zh"] as const) {
      const head = `---\ntitle: ${lang === "zh" ? "合成题库" : "Synthetic bank"} ${start / 50}\ntopic: synthetic\n---\n\n`;
      writeFileSync(
        path.join(root, "banks", "synthetic", `bank-${start / 50}.${lang}.md`),
        head + ids.map((i) => question(i, lang)).join("\n"),
      );
    }
  }
}
