import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { QuestionView } from "@/components/QuestionView";
import { articlesAbout, getQuestionContent } from "@/lib/data/content";
import { getContentDisplay } from "@/lib/session/preferences";

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  const { id } = await params;
  const prefs = await getContentDisplay();
  return { ...prefs, found: getQuestionContent(id, prefs.display.primary) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { found } = await load(params);
  return found ? { title: found.content.title } : {};
}

export default async function QuestionPage({ params }: Props) {
  const { uiLang, preference, display, found } = await load(params);
  if (!found) notFound();
  const other = display.second && display.second !== found.lang ? found.question.langs[display.second] : undefined;
  return (
    <QuestionView
      question={found.question}
      main={{ lang: found.lang, content: found.content }}
      second={other && display.second ? { lang: display.second, content: other } : undefined}
      wanted={display.primary}
      uiLang={uiLang}
      preference={preference}
      articles={articlesAbout(found.question.id)}
    />
  );
}
