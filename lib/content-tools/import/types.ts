import type { Lang } from "../../content/schemas/common";

/** Where carried-over Markdown ends up in a question. Code examples join the answer (see labels.ts). */
export type Bucket = "prompt" | "answer" | "explanation";

/**
 * A run of the post's original Markdown, copied byte for byte (a whole top-level block, or the text after a
 * label on the label's line). `code` counts the characters inside fenced/indented code, to decide `type: code`.
 */
export type Piece = { text: string; line: number; kind: "block" | "inline" | "break"; code: number };

/** A question as found in the post, before ids and rendering. */
export type DraftQuestion = {
  /** Markdown of the title, numbering removed; "" until derived from the prompt (a bare `**问题：**` label). */
  title: string;
  /** The heading or bold line as written, for reports when it turns out to be a chapter title. */
  rawTitle: string;
  line: number;
  origin: "heading" | "bold";
  /** Heading depth; 0 for bold lines. */
  depth: number;
  number?: string;
  /**
   * Blocks before the first label: the answer unless a label later opens the prompt or the answer, in which case
   * they are (unclassified) prompt. See finish.ts.
   */
  pre: Piece[];
  buckets: Record<Bucket, Piece[]>;
  current: Bucket | "pre";
  labelled: boolean;
  /** The sections a label switched to (a code label opens the answer). */
  opened: Set<Bucket>;
};

export type NoteKind =
  /** Unlabelled text before a prompt or answer label, put into the question's prompt. */
  | "prompt"
  /** Unlabelled text in a question whose labels are only explanation labels, taken as its answer. */
  | "answer"
  /** Text outside any question (introduction, conclusion, under a chapter title): not imported. */
  | "omitted"
  /** A heading inside carried content turned into a bold line: the one change made to the text. */
  | "demoted"
  /** A code fence or $$ block left open at the end of the post, closed so it cannot swallow what follows. */
  | "repaired";

export type Note = { line: number; text: string; kind: NoteKind; question?: DraftQuestion };

export type Skipped = { line: number; text: string };

export type QuestionKind = "open" | "code";

export type ImportedQuestion = {
  id: string;
  title: string;
  sourceLine: number;
  hasAnswer: boolean;
  hasExplanation: boolean;
  type: QuestionKind;
  draft: boolean;
};

export type Unclassified = { line: number; text: string; kind: NoteKind; question?: string };

export type ImportResult = {
  lang: Lang;
  /** The bank's title: the post's H1, its frontmatter title, or the file name. */
  title: string;
  /** The bank file, ready to write. */
  markdown: string;
  questions: ImportedQuestion[];
  skipped: Skipped[];
  unclassified: Unclassified[];
};
