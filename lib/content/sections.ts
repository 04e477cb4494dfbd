import type { Heading, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";

export const SECTION_NAMES = {
  answer: ["answer", "答案"],
  explanation: ["explanation", "解析"],
  solution: ["solution", "参考代码"],
  hints: ["hints", "提示"],
  keyPoints: ["key points", "要点"],
} as const;
export type SectionName = keyof typeof SECTION_NAMES;

export type Section = { name: SectionName; heading: Heading; nodes: RootContent[] };
export type SplitQuestion = {
  prompt: RootContent[];
  sections: Partial<Record<SectionName, Section>>;
  problems: { node: RootContent; rule: string; message: string }[];
};

export function sectionName(heading: Heading): SectionName | undefined {
  const label = toString(heading).trim().replace(/[:：]$/, "").toLowerCase();
  for (const [name, synonyms] of Object.entries(SECTION_NAMES)) {
    if ((synonyms as readonly string[]).includes(label)) return name as SectionName;
  }
  return undefined;
}

const KNOWN = Object.values(SECTION_NAMES).map((s) => `### ${s[0][0]!.toUpperCase()}${s[0].slice(1)} (### ${s[1]})`);

/** Splits a question's body (after the meta block) into the prompt and its level-3 sections. */
export function splitSections(nodes: RootContent[]): SplitQuestion {
  const out: SplitQuestion = { prompt: [], sections: {}, problems: [] };
  let current: Section | undefined;
  for (const node of nodes) {
    if (node.type === "heading" && node.depth === 3) {
      const name = sectionName(node);
      if (!name) {
        out.problems.push({ node, rule: "section-unknown", message: `unknown section "${toString(node)}"; use one of ${KNOWN.join(", ")}` });
        current = undefined;
        continue;
      }
      if (out.sections[name]) {
        out.problems.push({ node, rule: "section-duplicate", message: `the ${name} section appears twice` });
      }
      current = { name, heading: node, nodes: [] };
      out.sections[name] = current;
      continue;
    }
    if (current) current.nodes.push(node);
    else out.prompt.push(node);
  }
  return out;
}
