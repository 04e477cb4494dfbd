import type { Lang } from "../content/schemas/common";
import type { ContentSnapshot } from "../content/schemas/snapshot";
import { pickLang } from "../content/pick-lang";
import { cardContentVersion } from "./card-content";
import { isPublished } from "../content/question-kinds";
import type { ReviewScope, ScopeQuestion } from "./scope";

type Titles = Partial<Record<Lang, string>>;

/** A published question as the browser's queue needs it: where it belongs, its cards, and its content's version. */
export type CatalogQuestion = ScopeQuestion & { v: string };

/**
 * Everything a review session in the browser needs to know about the content, without the content itself: which
 * cards each scope holds, in study order (the same `questionsInScope` the server uses reads it), what the scopes
 * are called, and each question's content version (the address of its static card JSON). One static file per
 * deployment, small enough to keep on the device.
 */
export type ReviewCatalog = {
  /** Changes whenever any published content changes. */
  version: string;
  questions: CatalogQuestion[];
  banks: { key: string; questionIds: string[]; title: Titles }[];
  articles: { slug: string; related: string[]; title: Titles }[];
  topics: { id: string; name: Titles }[];
};

const clozeIndexes = (clozes: { index: number }[] | undefined) => clozes && clozes.map(({ index }) => ({ index }));

export function reviewCatalogOf(snapshot: Pick<ContentSnapshot, "questions" | "banks" | "articles" | "topics">) {
  const questions = snapshot.questions.filter(isPublished).map((q): CatalogQuestion => ({
    id: q.id,
    type: q.type,
    topic: q.topic,
    bank: q.bank,
    tags: q.tags,
    draft: false,
    retired: false,
    langs: {
      ...(q.langs.en && { en: { clozes: clozeIndexes(q.langs.en.clozes) } }),
      ...(q.langs.zh && { zh: { clozes: clozeIndexes(q.langs.zh.clozes) } }),
    },
    v: cardContentVersion(q),
  }));
  const catalog: ReviewCatalog = {
    version: "",
    questions,
    banks: snapshot.banks.map((b) => ({ key: b.key, questionIds: b.questionIds, title: b.title })),
    articles: snapshot.articles.map((a) => ({
      slug: a.slug,
      related: a.related,
      title: { en: a.langs.en?.title, zh: a.langs.zh?.title },
    })),
    topics: snapshot.topics.map((t) => ({ id: t.id, name: t.name })),
  };
  catalog.version = fingerprint(JSON.stringify(catalog));
  return catalog;
}

/** A short, stable fingerprint (FNV-1a): this runs in the browser too, where node:crypto is not available. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36) + text.length.toString(36);
}

/** What a scoped session is about, in words (as the server's page title says it). */
export function catalogScopeLabel(catalog: ReviewCatalog, scope: ReviewScope, lang: Lang): string | undefined {
  const titled = (titles: Titles | undefined) => titles && pickLang(titles, lang)?.value;
  if (scope.topic) return titled(catalog.topics.find((t) => t.id === scope.topic)?.name);
  if (scope.bank) return titled(catalog.banks.find((b) => b.key === scope.bank)?.title);
  if (scope.article) return titled(catalog.articles.find((a) => a.slug === scope.article)?.title);
  return scope.tag && `#${scope.tag}`;
}
