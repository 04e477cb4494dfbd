import type { Article } from "../content/schemas/article";
import type { Bank, Question } from "../content/schemas/question";
import type { Topic } from "../content/schemas/topic";
import { isPublished } from "../content/question-kinds";
import { cardKeysOf, type CardKey, type CardSource } from "./card-keys";

/**
 * Which cards a review session draws from: everything, or one topic, bank, tag or article's related questions, or a
 * deck the learner's own history makes (`deck=mistakes`, lib/review/mistakes.ts).
 */
export type ReviewScope = { topic?: string; bank?: string; tag?: string; article?: string; deck?: string };
const SCOPE_KEYS = ["topic", "bank", "tag", "article", "deck"] as const;

/** The decks there are: "my mistakes" (cards rated Again and quiz questions answered wrong, recently). */
export const REVIEW_DECKS = ["mistakes"] as const;
export type ReviewDeck = (typeof REVIEW_DECKS)[number];
export const isReviewDeck = (name: string | undefined): name is ReviewDeck =>
  (REVIEW_DECKS as readonly (string | undefined)[]).includes(name);

/**
 * The scope an address asks for (`/review?topic=…`), or undefined when it names more than one or an empty one.
 * Zod-free: the review page reads it in the browser. Other query parameters are ignored.
 */
export function parseReviewScope(params: Iterable<[string, string]>): ReviewScope | undefined {
  const scope: ReviewScope = {};
  for (const [key, value] of params) {
    if (!(SCOPE_KEYS as readonly string[]).includes(key)) continue;
    if (!value || scope[key as keyof ReviewScope] !== undefined) return undefined;
    scope[key as keyof ReviewScope] = value;
  }
  return Object.keys(scope).length <= 1 ? scope : undefined;
}

/** What a scope is resolved from: the content snapshot on the server, the review catalog in the browser. */
export type ScopeQuestion = Pick<Question, "id" | "topic" | "bank" | "tags" | "draft" | "retired"> & CardSource;
type Library<Q extends ScopeQuestion = Question> = {
  questions: Q[];
  /** The curriculum, in its order (topics.yml's `order`): study order follows it. */
  topics: readonly Pick<Topic, "id">[];
  banks: Pick<Bank, "key" | "questionIds">[];
  articles: Pick<Article, "slug" | "related">[];
};

/**
 * Scopes already worked out, per library object: every review request asks for one, and the library (the content
 * snapshot) only changes by being replaced, which starts a fresh entry. The arrays are shared: callers never change them.
 */
const resolved = new WeakMap<object, Map<string, readonly ScopeQuestion[] | undefined>>();
const cardKeysOfScope = new WeakMap<readonly ScopeQuestion[], readonly CardKey[]>();

/**
 * The published questions in scope, in study order: the curriculum's topic order (a first session starts with
 * the first topic, not with whichever bank's path sorts first), then banks in order, then questions in bank order.
 * Undefined if the scope names nothing that exists. A deck draws from every question (which of them it holds depends
 * on the learner's history, not on the content).
 */
export function questionsInScope<Q extends ScopeQuestion>(
  lib: Library<Q>,
  scope: ReviewScope,
): readonly Q[] | undefined {
  let scopes = resolved.get(lib);
  if (!scopes) resolved.set(lib, (scopes = new Map()));
  const key = JSON.stringify([scope.topic, scope.bank, scope.tag, scope.article, scope.deck]);
  if (!scopes.has(key)) scopes.set(key, resolveScope(lib, scope));
  return scopes.get(key) as readonly Q[] | undefined;
}

function resolveScope<Q extends ScopeQuestion>(lib: Library<Q>, scope: ReviewScope): Q[] | undefined {
  const byId = new Map(lib.questions.filter(isPublished).map((q) => [q.id, q]));
  const ordered = inTopicOrder(
    lib.banks.flatMap((b) => b.questionIds.map((id) => byId.get(id)).filter((q): q is Q => !!q)),
    lib.topics,
  );
  if (scope.topic)
    return ordered.some((q) => q.topic === scope.topic) ? ordered.filter((q) => q.topic === scope.topic) : undefined;
  if (scope.bank)
    return lib.banks.some((b) => b.key === scope.bank) ? ordered.filter((q) => q.bank === scope.bank) : undefined;
  if (scope.tag)
    return ordered.some((q) => q.tags.includes(scope.tag!))
      ? ordered.filter((q) => q.tags.includes(scope.tag!))
      : undefined;
  if (scope.deck !== undefined) return isReviewDeck(scope.deck) ? ordered : undefined;
  if (scope.article) {
    const article = lib.articles.find((a) => a.slug === scope.article);
    return article && article.related.map((id) => byId.get(id)).filter((q): q is Q => !!q);
  }
  return ordered;
}

/** The questions grouped by topic in the curriculum's order (a stable sort: bank order stays inside a topic). */
function inTopicOrder<Q extends ScopeQuestion>(questions: Q[], topics: Library["topics"]): Q[] {
  const rank = new Map(topics.map((t, i) => [t.id, i]));
  const rankOf = (q: Q) => rank.get(q.topic) ?? topics.length;
  return questions.sort((a, b) => rankOf(a) - rankOf(b));
}

/** The cards of these questions, in order (kept per array: a scope's questions come back as the same array). */
export function cardKeysInScope(questions: readonly ScopeQuestion[]): readonly CardKey[] {
  let keys = cardKeysOfScope.get(questions);
  if (!keys) cardKeysOfScope.set(questions, (keys = questions.flatMap(cardKeysOf)));
  return keys;
}
