import type { Lang } from "../../content/schemas/common";
import type { QuestionType } from "../../content/schemas/question";

const HEADINGS = {
  en: { answer: "Answer", explanation: "Explanation", solution: "Solution", hints: "Hints", keyPoints: "Key points" },
  zh: { answer: "答案", explanation: "解析", solution: "参考代码", hints: "提示", keyPoints: "要点" },
} as const;

const TEXT = {
  en: {
    title: "New question (write the title as the interviewer would ask it)",
    prompt: "Write the prompt here.",
    answer: "Key points first, then the depth.",
    explanation: "Why the answer is right, and the misconception each wrong option targets.",
    right: "The correct option.",
    rightWhy: "Why it is right.",
    wrong: "A plausible wrong option.",
    wrongWhy: "The misconception it targets, and why it is wrong.",
    statement: "A statement that is either true or false.",
    cloze: "A sentence with a {{c1::blank}} and a {{c2::second blank::hint}}.",
    task: "Describe the function to implement, its signature and the expected output.",
    points: [
      "[must] The point without which the answer fails.",
      "A point an interviewer listens for.",
      "Another point, one idea per bullet.",
    ],
  },
  zh: {
    title: "新题目（按面试官的问法写标题）",
    prompt: "在这里写题干。",
    answer: "先写要点，再展开。",
    explanation: "说明答案为什么对，以及每个错误选项针对的误区。",
    right: "正确选项。",
    rightWhy: "为什么正确。",
    wrong: "一个看似合理的错误选项。",
    wrongWhy: "它针对的误区，以及为什么错。",
    statement: "一个非对即错的陈述。",
    cloze: "一个带有{{c1::空格}}和{{c2::第二个空格::提示}}的句子。",
    task: "描述要实现的函数、函数签名和预期输出。",
    points: ["[must] 缺了它答案就不合格的要点。", "面试官会听的一个要点。", "另一个要点，每条只写一个意思。"],
  },
} as const;

/**
 * A new question with the sections its type needs, marked `draft: true` so the check accepts it while the
 * author fills it in (the check still validates everything that is there).
 */
export function questionTemplate(id: string, type: QuestionType, lang: Lang): string {
  const h = HEADINGS[lang];
  const t = TEXT[lang];
  const meta = ["```meta", `id: ${id}`, `type: ${type}`, "difficulty: medium", "tags: []", "draft: true", "```"].join(
    "\n",
  );
  const option = (right: boolean) =>
    `- [${right ? "x" : " "}] ${right ? t.right : t.wrong}\n  > ${right ? t.rightWhy : t.wrongWhy}`;
  const keyPoints = `### ${h.keyPoints}\n\n${t.points.map((p) => `- ${p}`).join("\n")}`;
  const body: Record<QuestionType, string[]> = {
    open: [t.prompt, `### ${h.answer}\n\n${t.answer}`, keyPoints],
    single: [`${t.prompt}\n\n${[option(true), option(false), option(false)].join("\n")}`],
    multiple: [`${t.prompt}\n\n${[option(true), option(true), option(false)].join("\n")}`],
    boolean: [t.statement, `### ${h.answer}\n\n${lang === "zh" ? "对" : "true"}`],
    cloze: [t.cloze],
    code: [
      t.task,
      `### ${h.solution}\n\n\`\`\`python\ndef solve():\n    ...\n\n\nassert solve() is None\n\`\`\``,
      keyPoints,
    ],
  };
  return [`## ${t.title}`, meta, ...body[type], `### ${h.explanation}\n\n${t.explanation}`].join("\n\n") + "\n";
}

export function bankHeader(title: string, topic: string): string {
  return `---\ntitle: ${JSON.stringify(title)}\ntopic: ${topic}\n---\n`;
}
