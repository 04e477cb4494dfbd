import type { PhrasingContent, Root, Text } from "mdast";
import { visit } from "unist-util-visit";
import type { Cloze } from "../schemas/question";

export const CLOZE_PATTERN = /\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}/g;

export type ClozeMark = Cloze & { line: number; column: number };

/** Finds cloze marks, in source order, with their position. */
export function findClozes(tree: Root): ClozeMark[] {
  const marks: ClozeMark[] = [];
  visit(tree, "text", (node: Text) => {
    for (const m of node.value.matchAll(CLOZE_PATTERN)) {
      const answers = m[2]!.split("|").map((a) => a.trim()).filter(Boolean);
      marks.push({
        index: Number(m[1]),
        answers,
        hint: m[3]?.trim() || undefined,
        line: node.position?.start.line ?? 1,
        column: (node.position?.start.column ?? 1) + (m.index ?? 0),
      });
    }
  });
  return marks;
}

function clozeNode(index: string, answer: string, hint: string | undefined): PhrasingContent {
  // An mdast node carrying its own hast shape: a blank (shown before reveal) and the answer (shown after).
  return {
    type: "emphasis",
    children: [],
    data: {
      hName: "span",
      hProperties: { className: ["cloze"], dataCloze: index },
      hChildren: [
        { type: "element", tagName: "span", properties: { className: ["cloze-blank"] }, children: [{ type: "text", value: hint ? `[${hint}]` : "[…]" }] },
        { type: "element", tagName: "span", properties: { className: ["cloze-answer"] }, children: [{ type: "text", value: answer }] },
      ],
    },
  };
}

/** Replaces cloze marks in text with blank/answer spans. Mutates the tree. */
export function transformClozes(tree: Root): void {
  visit(tree, "text", (node: Text, index, parent) => {
    if (index === undefined || !parent || !node.value.includes("{{c")) return;
    const parts: PhrasingContent[] = [];
    let last = 0;
    for (const m of node.value.matchAll(CLOZE_PATTERN)) {
      const at = m.index ?? 0;
      if (at > last) parts.push({ type: "text", value: node.value.slice(last, at) });
      const first = m[2]!.split("|")[0]!.trim();
      parts.push(clozeNode(m[1]!, first, m[3]?.trim() || undefined));
      last = at + m[0].length;
    }
    if (parts.length === 0) return;
    if (last < node.value.length) parts.push({ type: "text", value: node.value.slice(last) });
    (parent.children as PhrasingContent[]).splice(index, 1, ...parts);
    return index + parts.length;
  });
}
