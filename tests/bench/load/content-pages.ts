import type { ContentSnapshot } from "../../../lib/content/schemas/snapshot";
import { snapshot as builtSnapshot } from "../../e2e/content-lookup";

/** The static file every page is compared with, served by the same server in the same run. */
export const STATIC_FILE_PATH = "/robots.txt";

/**
 * One real article, topic and question page from the built content (ids change as content grows), in both
 * languages (their addresses start with it).
 */
export function contentPagePaths(snapshot: ContentSnapshot = builtSnapshot()): string[] {
  const article = snapshot.articles[0];
  const topic = snapshot.topics[0];
  const question = snapshot.questions.find((q) => !q.draft && !q.retired);
  if (!article || !topic || !question)
    throw new Error("the built content needs at least one article, topic and question");
  const pages = [`/articles/${article.slug}`, `/topics/${topic.id}`, `/questions/${question.id}`];
  return ["en", "zh"].flatMap((locale) => pages.map((page) => `/${locale}${page}`));
}
