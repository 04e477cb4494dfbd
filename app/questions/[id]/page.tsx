import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { QuestionView } from "@/components/QuestionView";
import { articlesAbout, getQuestionContent } from "@/lib/data/content";
import { LocaleSchema } from "@/lib/i18n/locales";

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  const { id } = await params;
  const uiLang = LocaleSchema.parse(await getLocale());
  return { uiLang, found: getQuestionContent(id, uiLang) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { found } = await load(params);
  return found ? { title: found.content.title } : {};
}

export default async function QuestionPage({ params }: Props) {
  const { uiLang, found } = await load(params);
  if (!found) notFound();
  return (
    <QuestionView question={found.question} content={found.content} lang={found.lang} uiLang={uiLang} articles={articlesAbout(found.question.id)} />
  );
}
