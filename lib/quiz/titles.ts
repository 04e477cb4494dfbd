import type { BilingualText } from "../content/schemas/common";
import en from "../i18n/messages/quiz.en.json";
import zh from "../i18n/messages/quiz.zh.json";

// A custom or article quiz has no file to take a title from; it is stored in both languages like a set's title.

export const customQuizTitle = (): BilingualText => ({ zh: zh.quiz.titles.custom, en: en.quiz.titles.custom });

export const articleQuizTitle = (article: BilingualText): BilingualText => ({
  zh: zh.quiz.titles.article.replace("{title}", article.zh),
  en: en.quiz.titles.article.replace("{title}", article.en),
});
