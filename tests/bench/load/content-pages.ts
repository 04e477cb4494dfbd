import { readFileSync } from "node:fs";
import type { ContentSnapshot } from "../../../lib/content/schemas/snapshot";

/** One real article, topic and question page from the built content (ids change as content grows). */
export function contentPagePaths(snapshotFile = ".goldmine/content.json"): string[] {
  const snapshot = JSON.parse(readFileSync(snapshotFile, "utf8")) as ContentSnapshot;
  const article = snapshot.articles[0];
  const topic = snapshot.topics[0];
  const question = snapshot.questions.find((q) => !q.draft && !q.retired);
  if (!article || !topic || !question) throw new Error(`${snapshotFile} needs at least one article, topic and question`);
  return [`/articles/${article.slug}`, `/topics/${topic.id}`, `/questions/${question.id}`];
}
