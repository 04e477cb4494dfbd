import { readFileSync } from "node:fs";
import type { ContentSnapshot } from "@/lib/content/schemas/snapshot";

/** The journeys pick real content by what it contains, so they keep working as the curriculum grows. */
export function snapshot(): ContentSnapshot {
  return JSON.parse(readFileSync(".goldmine/content.json", "utf8")) as ContentSnapshot;
}

export function findQuestion(test: (q: ContentSnapshot["questions"][number]) => boolean) {
  const q = snapshot().questions.find((x) => !x.draft && !x.retired && x.langs.en && x.langs.zh && test(x));
  if (!q) throw new Error("no question in content/ matches this journey's needs");
  return q;
}

/** An address the app showed (`/en/classes/x`) without its language, to open it in whichever a test wants. */
export { withoutLocale } from "../../lib/i18n/localized-path";

/** Every content page's address without its language, from the built content: what both languages must have. */
export function contentPagePaths(): string[] {
  const s = snapshot();
  return [
    "",
    "/quizzes",
    "/search",
    ...s.topics.map((t) => `/topics/${t.id}`),
    ...s.articles.map((a) => `/articles/${a.slug}`),
    ...s.quizzes.map((x) => `/quizzes/${x.slug}`),
    ...s.questions.filter((q) => !q.draft && !q.retired).map((q) => `/questions/${q.id}`),
  ];
}
