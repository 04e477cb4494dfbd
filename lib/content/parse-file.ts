import { parseArticle, type ParsedArticle } from "./parse-article";
import { parseBank, type ParsedBank } from "./parse-bank";
import { parseQuiz, type ParsedQuiz } from "./parse-quiz";
import { parseTopics, type ParsedTopics } from "./parse-topics";

export type ParsedFile = ParsedBank | ParsedArticle | ParsedQuiz | ParsedTopics;

/** Parses one file by where it lives in the content root; undefined for files that are not content. */
export async function parseFile(rel: string, display: string, raw: string): Promise<ParsedFile | undefined> {
  if (rel === "topics.yml") return parseTopics(display, raw);
  if (rel.startsWith("banks/") && rel.endsWith(".md")) return parseBank(rel, display, raw);
  if (rel.startsWith("articles/") && rel.endsWith(".md")) return parseArticle(rel, display, raw);
  if (rel.startsWith("quizzes/")) return parseQuiz(rel, display, raw);
  return undefined;
}
