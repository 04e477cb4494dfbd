import { parseMarkdown } from "../../content/markdown/parse";
import type { Lang } from "../../content/schemas/common";
import { finishQuestion } from "./finish";
import { baseId, uniqueId } from "./ids";
import { detectLang, langFromFileName } from "./lang";
import { titleFromFileName } from "./paths";
import { renderBank } from "./render-bank";
import { prepareSource } from "./source";
import { splitPost } from "./split";
import type { ImportResult, Note } from "./types";

export type ImportOptions = {
  /** The post's Markdown. */
  source: string;
  /** Its file name: the fallback title, and `*.zh.md` / `*.en.md` set the language. */
  fileName: string;
  /** A topic id from topics.yml (checked by the caller). */
  topic: string;
  /** Overrides the language from the file name or the text. */
  lang?: Lang;
  /** Ids already used in the content's banks: the new ones must differ from all of them. */
  existingIds?: Iterable<string>;
  /** The id prefix (see topicIdPrefix); defaults to the topic's first word. */
  idPrefix?: string;
};

/**
 * Converts a blog-style Q&A post into a bank file. Pure: no files are read or written here.
 * The post is parsed with the same remark pipeline as the content (GFM + math) only to find block boundaries;
 * everything copied into the bank is sliced from the source by position, never re-serialised.
 */
export function importPost(options: ImportOptions): ImportResult {
  const { text, frontmatterTitle } = prepareSource(options.source);
  const tree = parseMarkdown(text);
  const lang = options.lang ?? langFromFileName(options.fileName) ?? detectLang(tree);
  const split = splitPost(text, tree);
  const notes: Note[] = [...split.notes];
  const finished = split.questions.map((q) => finishQuestion(q, lang, notes));
  // Every imported question is open or code, whose Key points are an author's judgement the import cannot
  // make: each one stays a draft until a person writes them.
  const draft = true;

  const used = new Set(options.existingIds ?? []);
  const prefix = options.idPrefix ?? options.topic.split("-")[0]!;
  const ids = new Map(finished.map((f) => [f.draft, uniqueId(baseId(prefix, f.title), used)]));

  const title = split.h1 || frontmatterTitle || titleFromFileName(options.fileName);
  const markdown = renderBank({
    title,
    topic: options.topic,
    lang,
    questions: finished.map((f) => ({
      id: ids.get(f.draft)!,
      title: f.title,
      type: f.type,
      draft,
      prompt: f.prompt.map((p) => p.text),
      answer: f.answer.map((p) => p.text),
      explanation: f.explanation.map((p) => p.text),
    })),
  });

  return {
    lang,
    title,
    markdown,
    questions: finished.map((f) => ({
      id: ids.get(f.draft)!,
      title: f.title,
      sourceLine: f.draft.line,
      hasAnswer: f.hasAnswer,
      hasExplanation: f.explanation.length > 0,
      type: f.type,
      draft,
    })),
    skipped: split.skipped,
    unclassified: notes
      .sort((a, b) => a.line - b.line)
      .map((n) => ({
        line: n.line,
        text: n.text,
        kind: n.kind,
        ...(n.question && ids.has(n.question) ? { question: ids.get(n.question) } : {}),
      })),
  };
}
