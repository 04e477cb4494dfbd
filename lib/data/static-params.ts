import "server-only";
import { isPublished } from "../content/schemas/question";
import { getSnapshot } from "./snapshot";

/**
 * The content pages `next build` prerenders, per language (app/[locale] adds the language): every topic, every
 * published question, every article and every quiz set of the content snapshot the build was made from.
 */
export const topicParams = () => getSnapshot().topics.map((t) => ({ id: t.id }));
export const questionParams = () =>
  getSnapshot()
    .questions.filter(isPublished)
    .map((q) => ({ id: q.id }));
export const articleParams = () => getSnapshot().articles.map((a) => ({ slug: a.slug }));
export const quizSetParams = () => getSnapshot().quizzes.map((s) => ({ slug: s.slug }));
