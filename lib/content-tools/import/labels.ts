/**
 * Bold labels that blog posts put in front of the parts of a question: `**答案：**`, `**Answer**:`,
 * `**解析：** text…`. Matching works on the paragraph's source, not on mdast `strong` nodes, because CommonMark
 * does not close `**答案：**过拟合…` as bold (a closing `**` after punctuation must be followed by a space or
 * punctuation), and such lines are everywhere in Chinese posts.
 */

export type LabelKind = "prompt" | "answer" | "explanation" | "code";

const WORDS: Record<LabelKind, string[]> = {
  prompt: ["题目", "问题", "题干", "面试题", "Question", "Problem", "Q"],
  // "Solution" in a blog is usually prose; it becomes our ### Solution only when the answer is mainly code.
  answer: ["参考答案", "答案", "回答", "解答", "Answer", "Solution", "A"],
  explanation: ["解析", "解释", "分析", "详解", "Explanation", "Analysis"],
  // Code examples go with the answer (or the Solution of a code question): see split.ts.
  code: ["代码示例", "示例代码", "代码实现", "参考代码", "代码", "Code example", "Example code", "Sample code", "Code"],
};

const KIND_OF = new Map<string, LabelKind>();
for (const [kind, words] of Object.entries(WORDS))
  for (const w of words) KIND_OF.set(w.toLowerCase(), kind as LabelKind);
const ALTERNATION = [...KIND_OF.keys()]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, "[ \\t]+"))
  .join("|");

// Only question labels carry a number: `问题2：`, `Q3:`, `Question 3.`. `第 3 题` is a numbered question label of its
// own that needs no colon (`题` ends it), as long as the text is not glued to it: `**第3题的解法**` and
// `**第3题**的解法` are prose.
const NUMBER = String.raw`(?:[ \t]*(\d+(?:\.\d+)*))?`;
const DI_TI = String.raw`第[ \t]*(\d+)[ \t]*题(?=[ \t:：.、\n]|$|(?:\*\*|__)(?:[ \t:：\n]|$))`;
const OPENING = new RegExp(
  String.raw`^(\*\*|__)[ \t]*(?:(${ALTERNATION})${NUMBER}|${DI_TI})[ \t]*([:：.、]?)[ \t]*`,
  "i",
);

export type LabelMatch = {
  kind: LabelKind;
  number?: string;
  /** Text written inside the bold after the colon (`**答案：A**` → `A`), if any. */
  inside?: string;
  /** The rest of the paragraph after the label (and its closing bold), as written. */
  after: string;
  /** What the label introduces, as Markdown: `**inside**` + after, or just after. */
  content: string;
  /** Offset of `content` within the paragraph's source, to compute its line. */
  contentOffset: number;
};

const kindOf = (word: string) => KIND_OF.get(word.toLowerCase().replace(/[ \t]+/g, " "));

/**
 * Recognises a paragraph that starts with a bold label. The colon may sit inside or outside the bold, be
 * ASCII or full-width, or be missing when the bold label stands alone on its line (`**答案**`). A number is
 * accepted only after a question label, and a dot or 、 only after a number (`**Q3.**`), so `**A.**` stays text.
 */
export function matchLabel(src: string): LabelMatch | undefined {
  const m = OPENING.exec(src);
  if (!m) return undefined;
  const [, marker, word, wordNumber, diTiNumber, punct] = m as unknown as [
    string,
    string,
    string | undefined,
    string | undefined,
    string | undefined,
    string,
  ];
  const kind = word === undefined ? "prompt" : kindOf(word);
  const number = wordNumber ?? diTiNumber;
  if (!kind || (number && kind !== "prompt")) return undefined;
  const colonInside = punct === ":" || punct === "：" || (!!number && punct !== "") || diTiNumber !== undefined;
  if (punct && !colonInside) return undefined;
  let p = m[0].length;

  if (src.startsWith(marker, p)) {
    // `**答案：**…` or `**答案**：…` or `**答案**` alone on its line.
    p += marker.length;
    const outside = /^[ \t]*[:：]/.exec(src.slice(p));
    if (outside) p += outside[0].length;
    const restOfLine = src.slice(p).split("\n", 1)[0]!;
    const alone = restOfLine.trim() === "" && (word === undefined || word.length > 1);
    if (!colonInside && !outside && !alone) return undefined;
    const lead = /^[ \t\n]*/.exec(src.slice(p))![0].length;
    const after = src.slice(p + lead);
    return { kind, number, after, content: after, contentOffset: p + lead };
  }

  // `**答案：A**, because…`: the label and the first words share one bold run on the first line.
  if (!colonInside) return undefined;
  const close = src.indexOf(marker, p);
  const eol = src.indexOf("\n", p);
  if (close < 0 || (eol >= 0 && close > eol)) return undefined;
  const inside = src.slice(p, close);
  const after = src.slice(close + marker.length);
  return {
    kind,
    number,
    inside,
    after,
    content: `${marker}${inside}${marker}${after}`,
    contentOffset: p - marker.length,
  };
}

/** A heading that is only a label (`#### 答案`, `### Code example:`). */
export function headingLabel(plain: string): LabelKind | undefined {
  const word = plain.trim().replace(/[ \t]*[:：]$/, "");
  return word.length > 1 ? kindOf(word) : undefined;
}
