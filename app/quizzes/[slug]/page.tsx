import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QuizFacts } from "@/components/quiz/QuizFacts";
import { IntlScope } from "@/components/IntlScope";
import { StartQuizForm } from "@/components/quiz/StartQuizForm.client";
import { link, primaryButton } from "@/components/ui/styles";
import { getQuizSet, myAttempts } from "@/lib/data/quiz";
import { uiLocale } from "@/lib/session/ui-locale";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await uiLocale();
  const found = getQuizSet((await params).slug);
  return found ? { title: found.set.title[lang], description: found.set.description[lang] } : {};
}

export default async function QuizSetPage({ params }: Props) {
  const { slug } = await params;
  const found = getQuizSet(slug);
  if (!found) notFound();
  const lang = await uiLocale();
  const t = await getTranslations("quiz");
  const { set, questionCount, random } = found;
  const open = (await myAttempts()).unfinished.find((a) => a.attempt.quizSlug === slug);
  return (
    <div className="max-w-3xl space-y-6">
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
      {open && (
        <div className="space-y-2">
          <Link href={`/attempts/${open.attempt.id}`} className={`inline-block ${primaryButton}`}>
            {t("start.resume")}
          </Link>
          <p className="text-sm text-stone-700 dark:text-stone-300">{t("start.startOver")}</p>
        </div>
      )}
      <IntlScope namespaces={["quiz"]}>
        <StartQuizForm source={{ kind: "set", slug }} chooseMode />
      </IntlScope>
    </div>
  );
}
