import type { Diagnostic } from "../../content/diagnostics";
import type { ParsedFile } from "../../content/kinds";
import type { Lang } from "../../content/schemas/common";

/**
 * One content file as it is on one side of the comparison. `rel` is the path inside the content root (what
 * parseFile routes on); `parsed.file` is the display path diagnostics use.
 */
export type SideFile = { rel: string; parsed: ParsedFile };

/** What a reviewer may want to look at, one name per part of a question. */
export const QUESTION_FIELDS = [
  "title",
  "prompt",
  "options",
  "answer",
  "explanation",
  "solution",
  "hints",
  "type",
  "difficulty",
  "tags",
  "draft",
  // Only when a retired question comes back (true → false); newly retired ones are listed as retired.
  "retired",
  "sources",
  "lastVerified",
  // The question moved to another bank (its id stayed the same, so progress is kept).
  "bank",
  // One language version appeared or disappeared.
  "translation",
] as const;
export type QuestionField = (typeof QUESTION_FIELDS)[number];

export type QuestionRef = { id: string; title: string; file: string; line: number };

export type AddedQuestion = QuestionRef & { type: string; difficulty: string; langs: Lang[] };
export type ChangedQuestion = QuestionRef & {
  fields: QuestionField[];
  /** Every language in which something changed. */
  langs: Lang[];
  /** For each changed field, the languages it changed in. */
  fieldLangs: Partial<Record<QuestionField, Lang[]>>;
};
export type RetiredQuestion = QuestionRef;
/** `file` and `line` point into the base version: the question no longer exists in the working tree. */
export type RemovedQuestion = QuestionRef & { wasRetired: boolean };

export type QuestionChanges = {
  added: AddedQuestion[];
  changed: ChangedQuestion[];
  retired: RetiredQuestion[];
  removed: RemovedQuestion[];
};

export type ArticleField =
  "title" | "summary" | "body" | "topic" | "tags" | "related" | "sources" | "lastVerified" | "translation";
export type ChangedArticle = { slug: string; file: string; fields: ArticleField[]; langs: Lang[] };
export type ArticleChanges = {
  added: { slug: string; file: string; langs: Lang[] }[];
  changed: ChangedArticle[];
  removed: { slug: string; file: string }[];
};

export type QuizField = "title" | "description" | "questions" | "select" | "settings";
export type QuizChanges = {
  added: { slug: string; file: string }[];
  changed: { slug: string; file: string; fields: QuizField[] }[];
  removed: { slug: string; file: string }[];
};

/** Everything `content:check --changed` reports. */
export type ChangeReport = {
  base: { ref: string; commit: string };
  /** Display paths (as in diagnostics) of the content files that differ from the base. */
  files: string[];
  questions: QuestionChanges;
  articles: ArticleChanges;
  quizzes: QuizChanges;
  errors: Diagnostic[];
  warnings: Diagnostic[];
};
