import "server-only";
import { articleParams, questionParams, quizSetParams, topicParams } from "./static-params";

/**
 * Every content page's address without its language (`/articles/x`): what the sitemap lists in each language.
 * The same list `next build` prerenders (lib/data/static-params.ts), plus the pages without parameters.
 */
export function contentPagePaths(): string[] {
  return [
    "/",
    "/quizzes",
    "/search",
    ...topicParams().map(({ id }) => `/topics/${id}`),
    ...articleParams().map(({ slug }) => `/articles/${slug}`),
    ...quizSetParams().map(({ slug }) => `/quizzes/${slug}`),
    ...questionParams().map(({ id }) => `/questions/${id}`),
  ];
}
