import type { Heading, Paragraph, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { matchBoldLine, unwrapBold, type BoldLine } from "./bold-line";
import { classifyTitle, endsWithQuestionMark, numberExtends, splitNumber } from "./detect";
import { headingLabel, matchLabel, type LabelKind, type LabelMatch } from "./labels";
import { blockPiece, demotedHeading, inlinePiece, isHtmlComment } from "./pieces";
import { blockSource, endOffset, innerSource, lineCount, preview, startLine, startOffset } from "./source";
import type { DraftQuestion, Note, Piece, Skipped } from "./types";

export type SplitResult = { h1?: string; questions: DraftQuestion[]; skipped: Skipped[]; notes: Note[] };

/**
 * Walks the post's top-level blocks once and deals each to a question (its prompt, answer or explanation),
 * to the skipped headings, or to the notes. Only top-level blocks matter: a heading or label inside a list or
 * quote is content, and is copied with its container. See detect.ts for what counts as a question.
 */
export function splitPost(text: string, tree: Root): SplitResult {
  return new Splitter(text, tree.children).run();
}

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, " ").trim();

class Splitter {
  private readonly questions: DraftQuestion[] = [];
  private readonly skipped: Skipped[] = [];
  private readonly notes: Note[] = [];
  private h1?: string;
  private current?: DraftQuestion;
  private readonly h1Count: number;

  constructor(
    private readonly text: string,
    private readonly nodes: RootContent[],
  ) {
    this.h1Count = nodes.filter((n) => n.type === "heading" && n.depth === 1).length;
  }

  run(): SplitResult {
    this.nodes.forEach((node, i) => {
      if (node.type === "heading") this.heading(node, i);
      else if (node.type === "paragraph") this.paragraph(node);
      else this.block(node);
    });
    return {
      h1: this.h1,
      questions: this.questions,
      skipped: this.skipped.sort((a, b) => a.line - b.line),
      notes: this.notes,
    };
  }

  private heading(node: Heading, i: number) {
    const plain = oneLine(toString(node));
    const cur = this.current;
    const label = headingLabel(plain);
    if (cur && label) return this.switchTo(cur, label);

    const parts = splitNumber(unwrapBold(plain));
    const verdict = classifyTitle(parts, this.isAnswerLabel(this.nodes[i + 1]));
    // The post's title: its first H1, before any question, unless the post writes its questions as H1s.
    if (
      node.depth === 1 &&
      this.h1 === undefined &&
      this.questions.length === 0 &&
      !(verdict.question && this.h1Count > 1)
    ) {
      this.h1 = plain;
      return;
    }
    if (cur?.origin === "heading" && node.depth > cur.depth) {
      const nested = verdict.question && numberExtends(parts.number, cur.number);
      const chapter = verdict.question && isEmpty(cur);
      if (!nested && !chapter) return this.demote(cur, node);
    }
    if (!verdict.question) {
      this.current = undefined;
      this.skipped.push({ line: startLine(node), text: plain });
      return;
    }
    // A question heading with nothing under it, followed by a deeper or sub-numbered one, was a chapter title.
    if (cur?.origin === "heading" && (node.depth > cur.depth || numberExtends(parts.number, cur.number)))
      this.dropIfChapter(cur);
    const source = splitNumber(unwrapBold(oneLine(innerSource(this.text, node)))).text;
    this.start({
      title: source,
      rawTitle: plain,
      line: startLine(node),
      origin: "heading",
      depth: node.depth,
      number: parts.number,
    });
  }

  private paragraph(node: Paragraph) {
    const src = this.text.slice(startOffset(node), endOffset(node));
    const line = startLine(node);
    const label = matchLabel(src);
    const cur = this.current;
    // Under a question heading, bold lines are labels or content: posts that use headings for questions use
    // numbered bold lines for the points of an answer. Only a numbered question label (`**问题3：…**`,
    // `**Q3: …**`, `**第3题** …`) starts a new question there.
    if (cur?.origin === "heading") {
      if (label?.kind === "prompt" && label.number) {
        this.dropIfChapter(cur);
        return this.startFromLabel(label, src, line);
      }
      return label ? this.applyLabel(cur, label, src, line) : this.block(node);
    }
    if (label?.kind === "prompt" && !(cur && isEmpty(cur) && !label.number))
      return this.startFromLabel(label, src, line);
    if (label && cur) return this.applyLabel(cur, label, src, line);
    const bold = label ? undefined : matchBoldLine(src);
    if (bold && this.boldStartsQuestion(bold)) return this.startFromBold(bold, line);
    this.block(node);
  }

  private block(node: RootContent) {
    const cur = this.current;
    const line = startLine(node);
    if (isHtmlComment(node)) {
      // Invisible in the post, rejected by the content check as raw HTML.
      this.notes.push({
        line,
        text: `HTML comment dropped: ${preview(blockSource(this.text, node))}`,
        kind: "omitted",
        question: cur,
      });
      return;
    }
    if (!cur) {
      // A rule between sections is a separator, not text.
      if (node.type !== "thematicBreak")
        this.notes.push({ line, text: preview(blockSource(this.text, node)), kind: "omitted" });
      return;
    }
    const { piece, repaired } = blockPiece(this.text, node);
    if (repaired)
      this.notes.push({ line, text: "unclosed block closed at the end of the post", kind: "repaired", question: cur });
    this.add(cur, piece);
  }

  /** A question heading with nothing under it, followed by another question, was a chapter title: skipped. */
  private dropIfChapter(cur: DraftQuestion) {
    if (cur.origin !== "heading" || !isEmpty(cur)) return;
    this.questions.splice(this.questions.indexOf(cur), 1);
    this.skipped.push({ line: cur.line, text: cur.rawTitle });
  }

  private demote(cur: DraftQuestion, node: Heading) {
    const piece = demotedHeading(this.text, node);
    this.notes.push({
      line: startLine(node),
      text: `${"#".repeat(node.depth)} ${oneLine(toString(node))} → bold line`,
      kind: "demoted",
      question: cur,
    });
    if (piece) this.add(cur, piece);
  }

  /** Outside a question any question-like bold line starts one; inside a bold question only `?` or `Q:` lines do. */
  private boldStartsQuestion(bold: BoldLine): boolean {
    const parts = splitNumber(bold.inner);
    const verdict = classifyTitle(parts, false);
    if (!this.current) return verdict.question;
    return verdict.question && (endsWithQuestionMark(parts.text) || parts.marked);
  }

  private startFromBold(bold: BoldLine, line: number) {
    const parts = splitNumber(bold.inner);
    const q = this.start({
      title: oneLine(parts.text),
      rawTitle: oneLine(bold.inner),
      line,
      origin: "bold",
      depth: 0,
      number: parts.number,
    });
    // A paragraph's continuation lines may be indented; started on its own, 4 spaces would make it code.
    if (bold.rest.trim())
      this.add(q, { text: bold.rest.replace(/^[ \t]+/, ""), line: line + 1, kind: "inline", code: 0 });
  }

  /** `**问题2：如何评估模型？**`, `**Q:** What is X?` or a bare `**问题：**` (the question follows). */
  private startFromLabel(label: LabelMatch, src: string, line: number) {
    const titleSource = label.inside ?? label.after.split("\n", 1)[0]!;
    const parts = splitNumber(unwrapBold(titleSource));
    const q = this.start({
      title: oneLine(parts.text),
      rawTitle: oneLine(src.split("\n", 1)[0]!),
      line,
      origin: "bold",
      depth: 0,
      number: label.number ?? parts.number,
    });
    if (label.inside !== undefined) {
      const rest = label.after.replace(/^[ \t]*\n?[ \t]*/, "");
      if (rest.trim())
        this.add(q, {
          text: rest,
          line: line + lineCount(label.after.slice(0, label.after.length - rest.length)),
          kind: "inline",
          code: 0,
        });
    } else if (!q.title) {
      q.current = "prompt";
    } else if (label.after.trim().includes("\n")) {
      // A question written over several lines: the title is its first line, the prompt all of it.
      q.buckets.prompt.push({
        text: label.after,
        line: line + lineCount(src.slice(0, label.contentOffset)),
        kind: "inline",
        code: 0,
      });
    }
  }

  private applyLabel(cur: DraftQuestion, label: LabelMatch, src: string, line: number) {
    this.switchTo(cur, label.kind);
    if (!label.content.trim()) return;
    const at = line + lineCount(src.slice(0, label.contentOffset));
    const { piece, escaped } = inlinePiece(label.content, at);
    if (escaped)
      this.notes.push({ line: at, text: `"#" at the start of a label's text escaped`, kind: "demoted", question: cur });
    this.add(cur, piece);
  }

  private switchTo(cur: DraftQuestion, kind: LabelKind) {
    cur.labelled = true;
    // Code examples go with the answer; the answer becomes the Solution if it is mainly code.
    cur.current = kind === "code" ? "answer" : kind;
    cur.opened.add(cur.current);
  }

  /** Rule 6's look-ahead. Question labels do not count: `**问题1：…**` under a heading starts its own question. */
  private isAnswerLabel(node: RootContent | undefined): boolean {
    if (node?.type === "heading") {
      const kind = headingLabel(toString(node));
      return !!kind && kind !== "prompt";
    }
    if (node?.type !== "paragraph") return false;
    const label = matchLabel(this.text.slice(startOffset(node), endOffset(node)));
    return !!label && label.kind !== "prompt";
  }

  private start(q: Pick<DraftQuestion, "title" | "rawTitle" | "line" | "origin" | "depth" | "number">): DraftQuestion {
    const draft: DraftQuestion = {
      ...q,
      pre: [],
      buckets: { prompt: [], answer: [], explanation: [] },
      current: "pre",
      labelled: false,
      opened: new Set(),
    };
    this.questions.push(draft);
    this.current = draft;
    return draft;
  }

  private add(cur: DraftQuestion, piece: Piece) {
    (cur.current === "pre" ? cur.pre : cur.buckets[cur.current]).push(piece);
  }
}

function isEmpty(q: DraftQuestion): boolean {
  const pieces = [...q.pre, ...q.buckets.prompt, ...q.buckets.answer, ...q.buckets.explanation];
  return !q.labelled && pieces.every((p) => p.kind === "break");
}
