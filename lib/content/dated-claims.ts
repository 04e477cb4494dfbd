import type { Root } from "mdast";
import { visit } from "unist-util-visit";

/**
 * A dated claim: a sentence that says when it was true ("as of November 2026", "截至 2026 年 11 月"). The
 * style rules ask for one on anything that changes with time, so its presence is what tells the check that an
 * article holds facts that age — and that someone must record when they checked them, and against what.
 */
export type DatedClaim = { line: number; column: number; text: string };

const MONTH =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";

/**
 * English: "as of [Month] YYYY". The month is optional because the style rules' own example is "as of 2026, …";
 * the year must look like one (19xx or 20xx), so "as of now" and "as of version 2" are not dates. `\b` on both
 * sides keeps "canvas of 2026" and "as of 20261" out.
 * Chinese: "截至 YYYY 年", optionally with "M 月" (spaces between the parts are optional).
 */
const PATTERNS = [
  new RegExp(`\\bas\\s+of\\s+(?:${MONTH}\\s+)?(?:19|20)\\d{2}\\b`, "gi"),
  /截至\s*(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?/g,
];

/** Every dated claim in a piece of text, in order, as offsets into it. */
export function findDatedClaimsInText(text: string): { index: number; text: string }[] {
  const found = PATTERNS.flatMap((re) => [...text.matchAll(re)].map((m) => ({ index: m.index, text: m[0] })));
  return found.sort((a, b) => a.index - b.index);
}

/**
 * The dated claims in the prose of a Markdown tree, in source order, at their line and column. Only `text`
 * nodes are searched: code, inline code and math are examples, not claims (a guide may show "as of …" in
 * backticks). Each text node is matched on its raw source slice rather than its value, so escapes and entities
 * earlier on the line cannot shift the reported column. `source` is what the tree was parsed from; `lineOffset`
 * is added to every line (the frontmatter's lines).
 */
export function findDatedClaims(tree: Root, source: string, lineOffset = 0): DatedClaim[] {
  const offsets: { offset: number; text: string }[] = [];
  visit(tree, "text", (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    for (const m of findDatedClaimsInText(source.slice(start, end))) offsets.push({ offset: start + m.index, text: m.text });
  });
  return offsets
    .sort((a, b) => a.offset - b.offset)
    .map(({ offset, text }) => {
      const before = source.slice(0, offset);
      const line = before.split("\n").length;
      return { line: line + lineOffset, column: offset - before.lastIndexOf("\n"), text: text.replace(/\s+/g, " ") };
    });
}
