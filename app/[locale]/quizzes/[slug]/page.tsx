import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/navigation/Link";
import { notFound } from "next/navigation";
import { QuizFacts } from "@/components/quiz/QuizFacts";
import { IntlScope } from "@/components/IntlScope";
import { StartQuizForm } from "@/components/quiz/StartQuizForm.client";
import { link } from "@/components/ui/styles";
import { getQuizSet } from "@/lib/data/quiz";
import { quizSetParams } from "@/lib/data/static-params";
import { pageLocale, type LocaleParams } from "@/lib/session/page-locale";
import { pageAlternates } from "@/lib/i18n/page-alternates";
import { ResumeAttempt } from "@/components/quiz/MyAttempts.client";

type Props = { params: Promise<LocaleParams & { slug: string }> };

export const generateStaticParams = quizSetParams;
export const dynamicParams = false;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLocale(params);
  const found = getQuizSet((await params).slug);
  return found
    ? {
        title: found.set.title[lang],
        description: found.set.description[lang],
        alternates: pageAlternates(`/quizzes/${found.set.slug}`, lang),
      }
    : {};
}

/** Prerendered per language; an unfinished attempt of the visitor's is offered by the browser. */
export default async function QuizSetPage({ params }: Props) {
  const lang = await pageLocale(params);
  const { slug } = await params;
  const found = getQuizSet(slug);
  if (!found) notFound();
  const t = await getTranslations("quiz");
  const { set, questionCount, random } = found;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Link href="/quizzes" className={`text-sm ${link}`}>
        {t("result.back")}
      </Link>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{set.title[lang]}</h1>
        <p className="text-lg text-stone-700 dark:text-stone-300">{set.description[lang]}</p>
        <QuizFacts
          questionCount={questionCount}
          random={random}
          timeLimitMinutes={set.timeLimitMinutes}
          passPercent={set.passPercent}
        />
      </header>
      <IntlScope namespaces={["quiz"]}>
        <ResumeAttempt slug={slug} />
        <StartQuizForm source={{ kind: "set", slug }} chooseMode />
      </IntlScope>
    </div>
  );
}
