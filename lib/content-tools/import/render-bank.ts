import { stringify } from "yaml";
import type { Lang } from "../../content/schemas/common";
import { isInterrogative } from "./detect";
import type { QuestionKind } from "./types";

export type BankQuestion = {
  id: string;
  title: string;
  type: QuestionKind;
  draft: boolean;
  /** Each entry is one piece of the post's Markdown, copied as is. */
  prompt: string[];
  answer: string[];
  explanation: string[];
};

const SECTIONS: Record<Lang, { answer: string; explanation: string; solution: string }> = {
  en: { answer: "Answer", explanation: "Explanation", solution: "Solution" },
  zh: { answer: "答案", explanation: "解析", solution: "参考代码" },
};

/** The title as a sentence, for a question whose post gave nothing but the title. */
export function titleSentence(title: string, lang: Lang): string {
  if (/[?？.。!！:：]\s*$/.test(title)) return title;
  const question = isInterrogative(title.replace(/^[*_`\s]+/, ""));
  if (lang === "zh") return `${title}${question ? "？" : "。"}`;
  return `${title}${question ? "?" : "."}`;
}

/** `## C#` is fine, but a title ending in ` #` would lose it as an ATX closing sequence. */
const headingText = (title: string) =>
  title.replace(/(^|[ \t])(#+)([ \t]*)$/, (_m, a: string, h: string, b: string) => `${a}\\${h}${b}`);

/**
 * Writes the bank in the format CONTRIBUTING.md describes. Pieces are joined by blank lines and never
 * re-serialised, so code, math, tables and lists come out exactly as the post wrote them.
 */
export function renderBank(bank: { title: string; topic: string; lang: Lang; questions: BankQuestion[] }): string {
  const names = SECTIONS[bank.lang];
  const out: string[] = [`---\n${stringify({ title: bank.title, topic: bank.topic }, { lineWidth: 0 })}---`];
  for (const q of bank.questions) {
    const meta = [`id: ${q.id}`, `type: ${q.type}`, "difficulty: medium", ...(q.draft ? ["draft: true"] : [])];
    out.push(`## ${headingText(q.title)}`, ["```meta", ...meta, "```"].join("\n"));
    out.push(q.prompt.length ? q.prompt.join("\n\n") : titleSentence(q.title, bank.lang));
    if (q.answer.length) out.push(`### ${q.type === "code" ? names.solution : names.answer}`, q.answer.join("\n\n"));
    if (q.explanation.length) out.push(`### ${names.explanation}`, q.explanation.join("\n\n"));
  }
  return `${out.join("\n\n")}\n`;
}
