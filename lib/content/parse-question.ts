import { createHash } from "node:crypto";
import type { Heading, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { findOptionList, readOptions } from "./choice-options";
import { findDatedClaimsInText, type DatedClaim } from "./dated-claims";
import type { DiagnosticSink } from "./diagnostics";
import { features } from "./features";
import { readKeyPoints } from "./key-points";
import { findClozes } from "./markdown/cloze";
import { lintTree, type Reference } from "./markdown/lint";
import { blockText } from "./plain-text";
import { normalizeHtml } from "./markdown/normalize-html";
import { renderNodes } from "./markdown/render";
import { QuestionMetaSchema, type ChoiceOption, type KeyPoint, type QuestionContent, type QuestionMeta } from "./schemas/question";
import { SECTION_NAMES, splitSections, type SectionName } from "./sections";
import { parseYamlWith } from "./yaml";

export type ParsedQuestion = {
  meta: QuestionMeta;
  line: number;
  /** The line of the ```meta fence. */
  metaLine: number;
  content: QuestionContent;
  references: Reference[];
  /** The first "as of …" / "截至 … 年" in the question's prose, if any. */
  datedClaim?: DatedClaim;
};

type Input = {
  heading: Heading;
  nodes: RootContent[];
  offset: number;
  file: string;
  sink: DiagnosticSink;
};

const BOOLEAN_WORDS: Record<string, boolean> = { true: true, false: false, 对: true, 错: false };

export async function parseQuestion(input: Input): Promise<ParsedQuestion | undefined> {
  const { heading, nodes, offset, sink } = input;
  const line = (heading.position?.start.line ?? 1) + offset;
  const pos = (n: RootContent) => ({ line: (n.position?.start.line ?? 1) + offset, column: n.position?.start.column ?? 1 });
  const title = toString(heading).trim();

  const metaNode = nodes[0];
  if (!metaNode || metaNode.type !== "code" || metaNode.lang !== "meta") {
    sink.error({ line }, "meta-missing", `question "${title}" must be followed directly by a \`\`\`meta block`);
    return undefined;
  }
  const meta = parseYamlWith(
    { text: metaNode.value, line: pos(metaNode).line + 1, what: "meta block" },
    QuestionMetaSchema,
    sink,
    "meta",
  )?.data;
  if (!meta) return undefined;

  const split = splitSections(nodes.slice(1));
  for (const p of split.problems) sink.error(pos(p.node), p.rule, p.message);
  const { prompt, sections } = split;
  const where = `question "${meta.id}"`;
  // A draft is work in progress: what it still lacks is reported, but does not fail the check.
  const incomplete = meta.draft ? sink.warn.bind(sink) : sink.error.bind(sink);
  const require = (name: SectionName, why: string, rule = "section-missing") => {
    if (!sections[name] || sections[name]!.nodes.length === 0) {
      const [en, zh] = SECTION_NAMES[name];
      incomplete({ line }, rule, `${where} (${meta.type}) needs a ### ${en[0]!.toUpperCase()}${en.slice(1)} (### ${zh}) section ${why}`);
    }
  };
  if (prompt.length === 0) sink.error({ line }, "prompt-missing", `${where} has no prompt text after its meta block`);
  if (!sections.explanation) sink.warn({ line }, "explanation-missing", `${where} has no ### Explanation section`);

  const clozeMarks = findClozes({ type: "root", children: prompt });
  let options: ChoiceOption[] | undefined;
  let booleanAnswer: boolean | undefined;
  let promptNodes = prompt;
  let optionReasons: RootContent[] = [];
  let optionBodies: RootContent[][] = [];

  if (meta.type === "single" || meta.type === "multiple") {
    const list = findOptionList(prompt);
    if (!list) {
      sink.error({ line }, "options-missing", `${where} (${meta.type}) needs its options as a task list: - [ ] wrong / - [x] right`);
    } else {
      const raw = readOptions(list);
      const correct = raw.filter((o) => o.correct).length;
      if (raw.length < 2) sink.error(pos(list), "options-too-few", `${where} needs at least two options`);
      if (meta.type === "single" && correct !== 1) {
        sink.error(pos(list), "choice-correct-count", `${where} is single choice and must mark exactly one option [x], found ${correct}`);
      }
      if (meta.type === "multiple" && correct < 1) {
        sink.error(pos(list), "choice-correct-count", `${where} is multiple choice and must mark at least one option [x]`);
      }
      for (const o of raw) {
        if (!o.correct && o.reason.length === 0) {
          sink.warn(pos(o.item as unknown as RootContent), "option-reason-missing", `${where}: wrong option "${toString(o.item).slice(0, 40)}" has no > reason under it`);
        }
      }
      options = raw.map((o) => ({
        html: renderChecked(o.body, input).html,
        text: toString({ type: "root", children: o.body }).trim(),
        correct: o.correct,
        explanationHtml: o.reason.length ? renderChecked(o.reason, input).html : undefined,
      }));
      promptNodes = prompt.filter((n) => n !== list);
      optionReasons = raw.flatMap((o) => o.reason);
      optionBodies = raw.map((o) => o.body);
    }
  } else if (meta.type === "boolean") {
    require("answer", "holding true or false (对 or 错)");
    const answer = sections.answer;
    if (answer && answer.nodes.length) {
      const word = toString({ type: "root", children: answer.nodes }).trim().toLowerCase();
      booleanAnswer = BOOLEAN_WORDS[word];
      if (booleanAnswer === undefined) {
        sink.error(pos(answer.nodes[0]!), "boolean-answer", `${where}: the answer must be just true or false (对 or 错), found "${word.slice(0, 30)}"`);
      }
    }
  } else if (meta.type === "cloze") {
    if (clozeMarks.length === 0) sink.error({ line }, "cloze-missing", `${where} is a cloze but its prompt has no {{c1::…}} mark`);
  } else if (meta.type === "open") {
    require("answer", "with the model answer");
  } else if (meta.type === "code") {
    require("solution", "with the reference code");
    const sol = sections.solution;
    if (sol && sol.nodes.length && !sol.nodes.some((n) => n.type === "code" && (n as { lang?: string | null }).lang !== "mermaid")) {
      sink.error(pos(sol.heading as unknown as RootContent), "solution-code-missing", `${where}: the Solution section needs at least one fenced code block`);
    }
  }
  let keyPoints: KeyPoint[] | undefined;
  if (meta.type === "open" || meta.type === "code") {
    require("keyPoints", "listing 3 to 6 points an interviewer listens for", "key-points-missing");
    const section = sections.keyPoints;
    if (section && section.nodes.length) {
      const read = readKeyPoints(section.nodes);
      for (const p of read.problems) sink.error(pos(p.node as RootContent), p.rule, `${where}: ${p.message}`);
      keyPoints = read.points.map((p) => ({
        html: renderChecked(p.body, input).html,
        text: toString({ type: "root", children: p.body }).trim(),
        must: p.must,
        weight: p.weight,
      }));
    }
  } else if (sections.keyPoints) {
    sink.error(pos(sections.keyPoints.heading as unknown as RootContent), "key-points-unexpected", `${where} is ${meta.type}: only open and code questions have a Key points section`);
  }
  if (meta.type !== "cloze" && clozeMarks.length > 0) {
    sink.error({ line: clozeMarks[0]!.line + offset, column: clozeMarks[0]!.column }, "cloze-unexpected", `${where} has a cloze mark but its type is ${meta.type}`);
  }

  const allNodes = nodes.slice(1);
  const lint = await lintTree(allNodes, offset);
  for (const p of lint.problems) (p.warning ? sink.warn : sink.error).call(sink, p, p.rule, p.message);

  const render = (n: RootContent[] | undefined, cloze = false) =>
    n && n.length ? renderChecked(n, input, cloze).html : undefined;
  const shown = {
    title,
    promptHtml: render(promptNodes, true) ?? "",
    options,
    answerHtml: meta.type === "boolean" ? undefined : render(sections.answer?.nodes),
    booleanAnswer,
    explanationHtml: render(sections.explanation?.nodes),
    solutionHtml: render(sections.solution?.nodes),
    hintsHtml: render(sections.hints?.nodes),
    clozes: meta.type === "cloze" ? clozeMarks.map(({ index, answers, hint }) => ({ index, answers, hint })) : undefined,
  };
  // Key points are the rubric, not what the learner is asked or told: adding or sharpening them is not an
  // "update since your last review", so they stay out of the hash.

  return {
    meta,
    line,
    metaLine: pos(metaNode).line,
    references: lint.references,
    datedClaim: firstDatedClaim(allNodes, offset),
    content: {
      ...shown,
      keyPoints,
      text: [title, toString({ type: "root", children: allNodes })].join("\n"),
      promptText: [title, toString({ type: "root", children: prompt })].join("\n"),
      searchText: {
        prompt: [blockText(promptNodes), ...optionBodies.map(blockText)].filter(Boolean).join("\n"),
        answer: blockText([...(sections.answer?.nodes ?? []), ...(sections.keyPoints?.nodes ?? []), ...optionReasons, ...(sections.explanation?.nodes ?? []), ...(sections.solution?.nodes ?? [])]),
      },
      hash: contentHash(shown),
      features: features(allNodes),
      source: { file: input.file, line },
    },
  };
}

/**
 * The first dated claim in the prose (text nodes only: code and math are examples, not claims). A text node is
 * reported at its own line with the claim's column within it, which is exact for the single-line text nodes
 * prose gives.
 */
function firstDatedClaim(nodes: RootContent[], offset: number): DatedClaim | undefined {
  const texts: { value: string; line: number; column: number }[] = [];
  const walk = (n: RootContent) => {
    if (n.type === "text" && n.position) texts.push({ value: n.value, line: n.position.start.line + offset, column: n.position.start.column });
    if ("children" in n) for (const c of n.children as RootContent[]) walk(c);
  };
  nodes.forEach(walk);
  for (const t of texts) {
    const [claim] = findDatedClaimsInText(t.value);
    if (claim) return { line: t.line, column: t.column + claim.index, text: claim.text.replace(/\s+/g, " ") };
  }
  return undefined;
}

/**
 * What a learner saw, hashed: progress records it, and a later change shows as "updated since your last
 * review". Hashing the rendering (whitespace folded) rather than the source means re-wrapping a paragraph or
 * switching list markers is not an update.
 */
function contentHash(shown: Record<string, unknown>): string {
  const text = JSON.stringify(shown, (_key, value: unknown) => (typeof value === "string" ? normalizeHtml(value) : value));
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

function renderChecked(nodes: RootContent[], input: Input, cloze = false) {
  const r = renderNodes(nodes, { cloze });
  for (const p of r.problems) input.sink.error({ line: p.line + input.offset, column: p.column }, p.rule, p.message);
  return r;
}
