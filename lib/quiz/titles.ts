import { createTranslator } from "use-intl/core";
import type { BilingualText } from "../content/schemas/common";
import en from "../i18n/messages/quiz.en.json";
import zh from "../i18n/messages/quiz.zh.json";

// A custom or article quiz has no file to take a title from; it is stored in both languages like a set's title.
// Formatted by use-intl, not string replacement: the build precompiles message files (next.config.mjs), so a
// message with an argument is no longer a plain string there.
const titles = {
  zh: createTranslator({ locale: "zh", messages: zh, namespace: "quiz.titles" }),
  en: createTranslator({ locale: "en", messages: en, namespace: "quiz.titles" }),
};

export const customQuizTitle = (): BilingualText => ({ zh: titles.zh("custom"), en: titles.en("custom") });

export const articleQuizTitle = (article: BilingualText): BilingualText => ({
  zh: titles.zh("article", { title: article.zh }),
  en: titles.en("article", { title: article.en }),
});
