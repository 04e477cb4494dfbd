import "server-only";
import type { Lang } from "../content/schemas/common";
import type { ReviewScope } from "../review/scope";
import { pickLang } from "./content";
import { getSnapshot } from "./snapshot";

/** What a scoped review session is about, in words: a topic's or bank's name, an article's title, a tag. */
export function reviewScopeLabel(scope: ReviewScope, lang: Lang): string | undefined {
  const s = getSnapshot();
  if (scope.topic) return s.topics.find((t) => t.id === scope.topic)?.name[lang];
  if (scope.bank) {
    const bank = s.banks.find((b) => b.key === scope.bank);
    return bank && pickLang(bank.title, lang)?.value;
  }
  if (scope.article) {
    const article = s.articles.find((a) => a.slug === scope.article);
    return article && pickLang(article.langs, lang)?.value.title;
  }
  return scope.tag && `#${scope.tag}`;
}
