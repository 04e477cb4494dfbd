/**
 * Is this heading (or bold line) a question? The rules, applied in this order to the title with its
 * numbering split off (see splitNumber):
 *
 *   1. A chapter title — `第一章 …`, `第 2 部分`, `Part 1: …`, `Chapter 3`, `Section 2` — is not a question.
 *   2. A title that is, or starts with, a framing word — introduction / overview / conclusion / summary /
 *      references / 前言 / 引言 / 总结 / 结语 / 参考资料 … (SKIP_WORDS) — is not a question.
 *   3. A title ending in `?` or `？` is a question.
 *   4. A numbered title is a question: `3. …`, `9.1 …`, `1、…`, `(2) …`, `Q3: …`, `问题2：…`, `第 5 题 …`.
 *   5. A title starting with a question word is a question: What/How/Why/When/Which/Explain/Compare/… or
 *      什么/如何/为什么/怎么/请/简述/解释/…; so is a Chinese title that contains 什么/如何/为什么/哪些/区别/…
 *      anywhere, or ends in 吗/呢.
 *   6. A heading directly followed by a label (`**答案：**`, `**Question:**`, `#### 解析`) is a question.
 *   7. Anything else is not a question: it is skipped and reported with its line.
 *
 * Context adds these rules, applied in split.ts:
 *   - A question heading with nothing under it, followed by a deeper question heading, by one whose number
 *     extends its own (`9.` then `9.1`), or by a numbered question label (`**问题1：…**`), was a chapter title
 *     after all: it is skipped instead.
 *   - Inside a question, a deeper heading is part of the answer (demoted to a bold line) unless it is a
 *     question numbered under the current one (`### 9.` → `#### 9.1`). A label-only heading switches section.
 *   - The first H1 is the post's title, unless the post has several H1s and this one is a question.
 *
 * Bold lines (a paragraph whose first line is all bold, or that starts with a question label) follow the same
 * rules 1–5, with these limits, because posts also use bold lines for the points of an answer:
 *   - under a question heading, only a bold line carrying a numbered question label starts a question —
 *     `**问题3：…**`, `**Q3: …**`, `**Question 3:** …`, `**第3题** …` (labels.ts); any other bold line is a label
 *     or content, so `**1. 数据层面**` and `**2. 模型层面？**` stay in the answer;
 *   - outside any question, a question label (`**问题2：…**`, `**Q:** …`) or a bold line passing rules 1–5 does;
 *   - inside a bold-line question, only a question label or a bold line ending in ?/？ does, so `**1. 数据层面**`
 *     stays in the answer; a question label without a number directly under a bold question that has nothing
 *     yet is its prompt label instead (`**问题1：…**` then `**题目：**`);
 *   - any heading ends a bold-line question (it is then a question or skipped by the rules above).
 *
 * What a question's unlabelled blocks (paragraphs, code, math, lists, tables) are is decided in finish.ts: its
 * answer, unless a later label opens the prompt or the answer.
 */

export type TitleParts = {
  /** The title without its numbering. */
  text: string;
  /** `9.1` in `9.1 …`, `3` in `Q3: …`. */
  number?: string;
  /** True when the title carried a question marker (`Q:`, `问题：`, `第 3 题`) even without a number. */
  marked: boolean;
};

const MARKED =
  /^(?:(?:Question|Q|问题|题目|面试题)[ \t]*(\d+(?:\.\d+)*)?[ \t]*[:：.、)）]?|第[ \t]*(\d+)[ \t]*题[ \t]*[:：.、]?)[ \t]*/i;
const DOTTED = /^(\d+(?:\.\d+)+)\.?[ \t]+/;
const PLAIN = /^(\d+)[ \t]*[.、:：)）．][ \t]*/;
const BRACKETED = /^[(（[【](\d+)[)）\]】][ \t]*/;
// Chinese enumerations (一、 / （二）) are removed from the title but are not "numbered": they mark sections
// as often as questions.
const ENUMERATED = /^(?:[一二三四五六七八九十百零〇]+[、.．]|[(（][一二三四五六七八九十]+[)）])[ \t]*/;

export function splitNumber(title: string): TitleParts {
  const t = title.trim();
  const marked = MARKED.exec(t);
  // The marker must be followed by a number or a colon, or `Quantization` would lose its Q and `问题分析`
  // would count as numbered.
  if (marked && (marked[1] || marked[2] || /[:：.、)）][ \t]*$/.test(marked[0]))) {
    const text = t.slice(marked[0].length);
    if (text) return { text, number: marked[1] ?? marked[2], marked: true };
  }
  for (const re of [DOTTED, PLAIN, BRACKETED]) {
    const m = re.exec(t);
    if (m && t.length > m[0].length) return { text: t.slice(m[0].length), number: m[1], marked: false };
  }
  const e = ENUMERATED.exec(t);
  if (e && t.length > e[0].length) return { text: t.slice(e[0].length), marked: false };
  return { text: t, marked: false };
}

const CHAPTER = [
  /^第[ \t]*[0-9一二三四五六七八九十百零〇两]+[ \t]*[章节部分篇讲回课单元]/,
  /^(?:part|chapter|section|unit|module|lesson|week|day)[ \t]+(?:\d+|[ivxlc]+|one|two|three|four|five|six|seven|eight|nine|ten)\b/i,
];

const SKIP_WORDS = [
  "introduction",
  "intro",
  "preface",
  "foreword",
  "prologue",
  "overview",
  "background",
  "conclusions",
  "conclusion",
  "summary",
  "final thoughts",
  "closing thoughts",
  "closing remarks",
  "wrap-up",
  "wrap up",
  "wrapping up",
  "key takeaways",
  "takeaways",
  "references",
  "further reading",
  "resources",
  "table of contents",
  "contents",
  "toc",
  "about the author",
  "about me",
  "about",
  "acknowledgements",
  "acknowledgments",
  "appendix",
  "notes",
  "note",
  "disclaimer",
  "the end",
  "epilogue",
  "afterword",
  "前言",
  "引言",
  "序言",
  "导言",
  "导读",
  "简介",
  "介绍",
  "概述",
  "概览",
  "背景",
  "总结",
  "小结",
  "结语",
  "结论",
  "尾声",
  "后记",
  "写在前面",
  "写在最后",
  "最后",
  "参考资料",
  "参考文献",
  "参考链接",
  "参考",
  "延伸阅读",
  "扩展阅读",
  "目录",
  "附录",
  "致谢",
  "说明",
  "注意",
  "备注",
  "声明",
];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");
// A framing word counts only as the whole title or followed by a separator: `总结与展望` is skipped, but
// `介绍一下 Transformer` and `Notebook tips` are not.
const SKIP = new RegExp(`^(?:${SKIP_WORDS.map(escape).join("|")})(?=$|[\\s:：\\-—–,，、.。!！(（与和及])`, "i");

const EN_QUESTION_WORD =
  /^(?:what|what's|how|why|when|where|which|who|whom|whose|is|are|was|were|can|could|do|does|did|should|would|will|shall|explain|describe|compare|contrast|define|implement|write|derive|prove|give|tell|discuss|outline)\b/i;
const ZH_QUESTION_START =
  /^(?:什么|如何|怎么|怎样|为什么|为何|哪些|哪个|哪种|是否|请|简述|简要|解释|说说|谈谈|描述|比较|阐述|介绍一下|手写|写一个|实现一个|写出|列举|推导|证明)/;
const ZH_QUESTION_ANYWHERE = /什么|如何|为什么|为何|怎么|怎样|哪些|哪个|哪种|是否|多少|区别|异同|有何/;

export const endsWithQuestionMark = (text: string) => /[?？]\s*$/.test(text);

export type Verdict = { question: boolean; reason: string };

/** Rules 1–6 above; `followedByLabel` is rule 6's look-ahead (false for bold lines). */
export function classifyTitle(parts: TitleParts, followedByLabel: boolean): Verdict {
  const t = parts.text.replace(/^[*_`\s]+/, "");
  if (CHAPTER.some((re) => re.test(t))) return { question: false, reason: "chapter title" };
  if (SKIP.test(t)) return { question: false, reason: "not a question (framing heading)" };
  if (endsWithQuestionMark(t)) return { question: true, reason: "ends with ?" };
  if (parts.number || parts.marked) return { question: true, reason: "numbered" };
  if (startsWithQuestionWord(t)) return { question: true, reason: "question word" };
  if (followedByLabel) return { question: true, reason: "followed by a label" };
  return { question: false, reason: "not a question" };
}

export function startsWithQuestionWord(text: string): boolean {
  return (
    EN_QUESTION_WORD.test(text) ||
    ZH_QUESTION_START.test(text) ||
    ZH_QUESTION_ANYWHERE.test(text) ||
    /[吗呢][。.]?$/.test(text)
  );
}

const EN_INTERROGATIVE =
  /^(?:what|what's|how|why|when|where|which|who|whom|whose|is|are|was|were|can|could|do|does|did|should|would|will|shall)\b/i;
const ZH_INTERROGATIVE = /什么|如何|为什么|为何|怎么|怎样|哪|是否|多少|区别|异同|有何|[吗呢][。.]?$/;

/** Asks (`What is…`, `什么是…`) rather than tells (`Explain…`, `手写…`): decides `?` or `.` after a bare title. */
export const isInterrogative = (text: string) => EN_INTERROGATIVE.test(text) || ZH_INTERROGATIVE.test(text);

/** `9.1` is numbered under `9`; `10` is not. */
export function numberExtends(child: string | undefined, parent: string | undefined): boolean {
  return !!child && !!parent && child.startsWith(`${parent}.`);
}
