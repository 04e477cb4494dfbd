import type { Lang } from "../../content/schemas/common";
import { preview } from "./source";
import type { DraftQuestion, Note, Piece, QuestionKind } from "./types";

export type FinishedQuestion = {
  draft: DraftQuestion;
  title: string;
  prompt: Piece[];
  answer: Piece[];
  explanation: Piece[];
  type: QuestionKind;
  hasAnswer: boolean;
};

/** Rules between questions (`---`) are separators: dropped at the edges of a section, kept inside one. */
function trimBreaks(pieces: Piece[]): Piece[] {
  let from = 0;
  let to = pieces.length;
  while (from < to && pieces[from]!.kind === "break") from++;
  while (to > from && pieces[to - 1]!.kind === "break") to--;
  return pieces.slice(from, to);
}

/**
 * Decides where the unlabelled text goes and what kind of question this is:
 * - with no label at all (a heading or bold line followed by paragraphs, code, math, lists, tables), the text
 *   is the answer;
 * - when a label later opens the prompt or the answer (`**题目：**`, `**答案：**`, `**Code:**`), text before the
 *   first label is not the answer, and the labels do not say what it is: it goes into the prompt and is
 *   reported ("prompt");
 * - when the only labels are explanation labels (`**解析：**`), text before them is the answer: it is reported
 *   too ("answer"), since a label was there and did not name it;
 * - the question is `code` when its answer's code blocks hold more characters than the rest of the answer.
 */
export function finishQuestion(q: DraftQuestion, lang: Lang, notes: Note[]): FinishedQuestion {
  const pre = trimBreaks(q.pre);
  const preIsPrompt = q.opened.has("prompt") || q.opened.has("answer");
  if (q.labelled) {
    for (const p of pre)
      notes.push({ line: p.line, text: preview(p.text), kind: preIsPrompt ? "prompt" : "answer", question: q });
  }
  const prompt = trimBreaks(preIsPrompt ? [...pre, ...q.buckets.prompt] : q.buckets.prompt);
  const answer = trimBreaks(preIsPrompt ? q.buckets.answer : [...pre, ...q.buckets.answer]);
  const explanation = trimBreaks(q.buckets.explanation);

  const code = answer.reduce((n, p) => n + p.code, 0);
  const prose = answer.reduce((n, p) => n + (p.code ? 0 : p.text.replace(/\s+/g, "").length), 0);
  return {
    draft: q,
    title: q.title || titleFromPrompt(prompt, lang),
    prompt,
    answer,
    explanation,
    type: code > 0 && code > prose ? "code" : "open",
    hasAnswer: answer.length > 0,
  };
}

/** A bare `**问题：**` label has its question in the following text: its first line becomes the title. */
function titleFromPrompt(prompt: Piece[], lang: Lang): string {
  const first = prompt[0]?.text
    .split("\n")
    .find((l) => l.trim())
    ?.trim();
  if (!first) return lang === "zh" ? "未命名问题" : "Untitled question";
  return first.length > 80 ? `${first.slice(0, 79)}…` : first;
}
