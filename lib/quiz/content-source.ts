import type { Article } from "../content/schemas/article";
import type { BilingualText, Lang } from "../content/schemas/common";
import { isPublished, type Question, type QuestionContent } from "../content/schemas/question";
import type { QuizSet } from "../content/schemas/quiz";
import type { ContentSnapshot } from "../content/schemas/snapshot";
import { contentLangFor } from "../content/pick-lang";

/** The content a quiz needs, looked up by id; built from the snapshot so services never read files themselves. */
export type QuizContent = {
  questions: readonly Question[];
  /** Published questions only: drafts and retired questions are never asked. */
  question(id: string): Question | undefined;
  quizSet(slug: string): QuizSet | undefined;
  article(slug: string): Article | undefined;
};

export function quizContentFrom(snapshot: Pick<ContentSnapshot, "questions" | "quizzes" | "articles">): QuizContent {
  const questions = new Map(snapshot.questions.map((q) => [q.id, q]));
  return {
    questions: snapshot.questions,
    question: (id) => {
      const q = questions.get(id);
      return q && isPublished(q) ? q : undefined;
    },
    quizSet: (slug) => snapshot.quizzes.find((s) => s.slug === slug),
    article: (slug) => snapshot.articles.find((a) => a.slug === slug),
  };
}

/** The question in the learner's language, else in the one it has. */
export function questionIn(question: Question, lang: Lang): { lang: Lang; content: QuestionContent } {
  const shown = contentLangFor(question, lang);
  return { lang: shown, content: question.langs[shown]! };
}

/** An article's title in both languages, each falling back to the other. */
export function articleTitles(article: Article): BilingualText {
  const en = article.langs.en?.title ?? article.langs.zh?.title ?? article.slug;
  const zh = article.langs.zh?.title ?? en;
  return { zh, en };
}
