import type { TocEntry } from "../content/schemas/article";

/**
 * The section of an article that links to a question: the last h2/h3 heading before the article's first link to
 * `/questions/<id>`. Articles cite their practice questions in the paragraph that explains them, so that
 * heading is where the explanation is. Undefined when the article only lists the question as related.
 */
export function sectionLinkingTo(html: string, toc: readonly TocEntry[], questionId: string): string | undefined {
  const at = html.indexOf(`href="/questions/${questionId}"`);
  if (at < 0) return undefined;
  let section: string | undefined;
  for (const entry of toc) {
    const heading = html.indexOf(` id="${entry.id}"`);
    if (heading >= 0 && heading < at) section = entry.id;
  }
  return section;
}
