import { z } from "zod";
import type { Article } from "../content/schemas/article";
import { isPublished, type Bank, type Question } from "../content/schemas/question";
import { cardKeysOf, type CardKey } from "./card-keys";

/** Which cards a review session draws from: everything, or one topic, bank, tag or article's related questions. */
export const ReviewScopeSchema = z
  .object({
    topic: z.string().min(1).optional(),
    bank: z.string().min(1).optional(),
    tag: z.string().min(1).optional(),
    article: z.string().min(1).optional(),
  })
  .refine((s) => Object.values(s).filter(Boolean).length <= 1, "choose at most one of topic, bank, tag or article");
export type ReviewScope = z.infer<typeof ReviewScopeSchema>;

type Library = { questions: Question[]; banks: Bank[]; articles: Article[] };

/** The published questions in scope, in study order (banks in order, questions in bank order); undefined if the scope names nothing that exists. */
export function questionsInScope(lib: Library, scope: ReviewScope): Question[] | undefined {
  const byId = new Map(lib.questions.filter(isPublished).map((q) => [q.id, q]));
  const ordered = lib.banks.flatMap((b) => b.questionIds.map((id) => byId.get(id)).filter((q): q is Question => !!q));
  if (scope.topic) return ordered.some((q) => q.topic === scope.topic) ? ordered.filter((q) => q.topic === scope.topic) : undefined;
  if (scope.bank) return lib.banks.some((b) => b.key === scope.bank) ? ordered.filter((q) => q.bank === scope.bank) : undefined;
  if (scope.tag) return ordered.some((q) => q.tags.includes(scope.tag!)) ? ordered.filter((q) => q.tags.includes(scope.tag!)) : undefined;
  if (scope.article) {
    const article = lib.articles.find((a) => a.slug === scope.article);
    return article && article.related.map((id) => byId.get(id)).filter((q): q is Question => !!q);
  }
  return ordered;
}

export const cardKeysInScope = (questions: Question[]): CardKey[] => questions.flatMap(cardKeysOf);
