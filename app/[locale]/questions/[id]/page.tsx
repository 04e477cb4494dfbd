import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { QuestionView } from "@/components/QuestionView";
import { articlesAbout, getQuestion, getQuestionContent } from "@/lib/data/content";
import { topicPlace } from "@/lib/data/question-neighbours";
import { questionParams } from "@/lib/data/static-params";
import { pageLocale, type LocaleParams } from "@/lib/session/page-locale";
import { pageAlternates } from "@/lib/i18n/page-alternates";
import type { Lang } from "@/lib/content/schemas/common";
import { contentViews } from "@/lib/preferences/content-lang";

type Props = { params: Promise<LocaleParams & { id: string }> };

export const generateStaticParams = questionParams;
export const dynamicParams = false;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const uiLang = await pageLocale(params);
  const found = getQuestionContent((await params).id, uiLang);
  return found
    ? { title: found.content.title, alternates: pageAlternates(`/questions/${found.question.id}`, uiLang) }
    : {};
}

/**
 * Prerendered per interface language with every way of showing the question (interface language, the other one,
 * both side by side); the reader's content-language choice picks one by CSS before the first paint.
 */
export default async function QuestionPage({ params }: Props) {
  const uiLang = await pageLocale(params);
  const question = getQuestion((await params).id);
  if (!question) notFound();
  const available = (Object.keys(question.langs) as Lang[]).filter((l) => question.langs[l]);
  const articles = articlesAbout(question.id);
  return (
    <QuestionView
      question={question}
      uiLang={uiLang}
      articles={articles}
      place={topicPlace(question)}
      views={contentViews(available, uiLang).map((view) => ({
        preferences: view.preferences.join(" "),
        main: { lang: view.primary, content: question.langs[view.primary]! },
        second: view.second ? { lang: view.second, content: question.langs[view.second]! } : undefined,
        wanted: view.wanted,
      }))}
    />
  );
}
