/**
 * A paragraph whose first line is entirely bold: `**问题2：如何评估模型？**` or `**Q3: What is dropout?**`,
 * possibly followed (in the same paragraph) by the answer's first lines. Read from the source for the same
 * reason as labels.ts: CommonMark often does not see such CJK lines as bold.
 */
export type BoldLine = {
  marker: string;
  /** The bold text, as written. */
  inner: string;
  /** The rest of the paragraph after the bold line (without the line break). */
  rest: string;
  /** Offset of `rest` in the paragraph's source. */
  restOffset: number;
};

export function matchBoldLine(src: string): BoldLine | undefined {
  const eol = src.indexOf("\n");
  const first = eol < 0 ? src : src.slice(0, eol);
  const m = /^(\*\*|__)(?![ \t])(.+?)\1[ \t]*$/.exec(first);
  if (!m) return undefined;
  const [, marker, inner] = m as unknown as [string, string, string];
  // `**a** and **b**` is not one bold run.
  if (inner.includes(marker)) return undefined;
  const restOffset = eol < 0 ? src.length : eol + 1;
  return { marker, inner, rest: src.slice(restOffset), restOffset };
}

/** `**Title**` as a whole → `Title` (headings written in bold lose it: the heading is prominent already). */
export function unwrapBold(s: string): string {
  const m = /^(\*\*|__)(.+)\1$/s.exec(s.trim());
  return m && !m[2]!.includes(m[1]!) ? m[2]!.trim() : s.trim();
}
