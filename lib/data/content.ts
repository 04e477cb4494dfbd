import "server-only";
import { readingMinutes } from "../content/reading-time";
import type { Article, ArticleContent } from "../content/schemas/article";
import type { Lang } from "../content/schemas/common";
import { isPublished, type Question, type QuestionContent } from "../content/schemas/question";
import { getSnapshot } from "./snapshot";

import { pickLang } from "../content/pick-lang";

export { pickLang };

export function listTopics() {
  const s = getSnapshot();
  return s.topics.map((topic) => {
    const questions = s.questions.filter((q) => q.topic === topic.id && isPublished(q));
    return { topic, questionCount: questions.length, articleCount: s.articles.filter((a) => a.topic === topic.id).length };
  });
}

export function getTopic(id: string) {
  const s = getSnapshot();
  const topic = s.topics.find((t) => t.id === id);
  if (!topic) return undefined;
  const questions = new Map(s.questions.map((q) => [q.id, q]));
  const banks = s.banks
    .filter((b) => b.topic === id)
    .map((bank) => ({ bank, questions: bank.questionIds.map((qid) => questions.get(qid)).filter((q): q is Question => !!q) }));
  return { topic, banks, articles: s.articles.filter((a) => a.topic === id) };
}

/** Questions by id, per snapshot object (a rebuilt snapshot is a new object, so its index is made afresh). */
const questionIndex = new WeakMap<object, Map<string, Question>>();

export function getQuestion(id: string): Question | undefined {
  const snapshot = getSnapshot();
  let byId = questionIndex.get(snapshot);
  if (!byId) questionIndex.set(snapshot, (byId = new Map(snapshot.questions.map((q) => [q.id, q]))));
  const q = byId.get(id);
  return q && isPublished(q) ? q : undefined;
}

export function getQuestionContent(id: string, lang: Lang): { question: Question; lang: Lang; content: QuestionContent } | undefined {
  const question = getQuestion(id);
  const picked = question && pickLang(question.langs, lang);
  return picked && { question, lang: picked.lang, content: picked.value };
}

export function getArticle(
  slug: string,
  lang: Lang,
): { article: Article; lang: Lang; content: ArticleContent; readingMinutes: number } | undefined {
  const article = getSnapshot().articles.find((a) => a.slug === slug);
  const picked = article && pickLang(article.langs, lang);
  return picked && { article, lang: picked.lang, content: picked.value, readingMinutes: readingMinutes(picked.value.text) };
}

export function getTopicName(id: string, lang: Lang): string {
  return getSnapshot().topics.find((t) => t.id === id)?.name[lang] ?? id;
}

/** Articles that list this question as related: where to read more about it. */
export function articlesAbout(questionId: string) {
  return getSnapshot().articles.filter((a) => a.related.includes(questionId));
}
