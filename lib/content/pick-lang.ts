import type { Lang } from "./schemas/common";

export const otherLang = (lang: Lang): Lang => (lang === "zh" ? "en" : "zh");

/** One language's version of something, falling back to the other language when it is missing. */
export function pickLang<T>(langs: Partial<Record<Lang, T>>, lang: Lang): { lang: Lang; value: T } | undefined {
  if (langs[lang]) return { lang, value: langs[lang]! };
  const other = otherLang(lang);
  if (langs[other]) return { lang: other, value: langs[other]! };
  return undefined;
}

/** The language a question is shown in: the learner's, else the one the question has. */
export function contentLangFor(question: { langs: Partial<Record<Lang, unknown>> }, lang: Lang): Lang {
  return pickLang(question.langs, lang)?.lang ?? lang;
}
