import { parseArticle, type ParsedArticle } from "./parse-article";
import { parseBank, type ParsedBank } from "./parse-bank";
import { parseQuiz, type ParsedQuiz } from "./parse-quiz";
import { parseTopics, type ParsedTopics } from "./parse-topics";

export type ParsedFile = ParsedBank | ParsedArticle | ParsedQuiz | ParsedTopics;

/**
 * One kind of content file, declared once: which files of the content root it claims, what it is called in
 * messages, and how a file of it is parsed (each parser validates with its kind's zod schema and reports its own
 * naming rule, e.g. `banks/<topic>/<bank>.<lang>.md`). Cross-file checks run on the parsed files in assemble.ts.
 * A new kind is a new row here plus its parser.
 */
export type ContentKind = {
  kind: ParsedFile["kind"];
  /** Loose on purpose: a claimed file whose name breaks the kind's rule gets that rule's error, not silence. */
  claims: RegExp;
  label: string;
  parse: (rel: string, display: string, raw: string) => ParsedFile | undefined | Promise<ParsedFile | undefined>;
};

export const CONTENT_KINDS: readonly ContentKind[] = [
  { kind: "topics", claims: /^topics\.yml$/, label: "the topic list", parse: (_rel, display, raw) => parseTopics(display, raw) },
  { kind: "bank", claims: /^banks\/.*\.md$/, label: "a question bank", parse: parseBank },
  { kind: "article", claims: /^articles\/.*\.md$/, label: "an article", parse: parseArticle },
  { kind: "quiz", claims: /^quizzes\//, label: "a quiz set", parse: parseQuiz },
];

/** READMEs, and anything inside a dot-folder (.git, .obsidian) or named with a leading dot: never content. */
export const IGNORED_CONTENT_PATH = /(^|\/)(README\.md$|\.)/;

/** The kind a file belongs to, by its path relative to the content root; undefined for anything else. */
export function kindOf(rel: string): ContentKind | undefined {
  if (IGNORED_CONTENT_PATH.test(rel)) return undefined;
  return CONTENT_KINDS.find((k) => k.claims.test(rel));
}

/** "Is this a content file?", answered in one place for the loader, the watcher and the change report. */
export const isContentFile = (rel: string): boolean => kindOf(rel) !== undefined;

/** Parses one file by the kind its path gives; undefined for files that are not content. */
export async function parseFile(rel: string, display: string, raw: string): Promise<ParsedFile | undefined> {
  return kindOf(rel)?.parse(rel, display, raw);
}

/** The warning for a file under the content root that no kind claims. */
export const UNKNOWN_FILE_MESSAGE = `not ${CONTENT_KINDS.map((k) => k.label).join(", ").replace(/, ([^,]*)$/, " or $1")}: it is ignored`;
