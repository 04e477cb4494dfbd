import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/navigation/Link";
import { CustomQuizForm } from "@/components/quiz/CustomQuizForm.client";
import { QuizFacts } from "@/components/quiz/QuizFacts";
import { IntlScope } from "@/components/IntlScope";
import { link } from "@/components/ui/styles";
import { DIFFICULTIES, QUESTION_TYPES } from "@/lib/content/schemas/question";
import { listQuizSets, quizFilterOptions } from "@/lib/data/quiz";
import { pageLocale, type LocaleParams } from "@/lib/session/page-locale";
import { pageAlternates } from "@/lib/i18n/page-alternates";
import { RecentAttempts, UnfinishedAttempts } from "@/components/quiz/MyAttempts.client";

type Props = { params: Promise<LocaleParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations("quiz.list");
  return { title: t("title"), alternates: pageAlternates("/quizzes", locale) };
}

/** Prerendered per language; the visitor's own attempts are filled in by the browser. */
export default async function QuizzesPage({ params }: Props) {
  const lang = await pageLocale(params);
  const t = await getTranslations("quiz");
  const tq = await getTranslations("question");
  const tm = await getTranslations("mock");
  const sets = listQuizSets();
  const options = quizFilterOptions(lang);
  return (
    <IntlScope namespaces={["quiz"]}>
      <div className="space-y-10">
        <header className="space-y-2">
          <h1 className="text-3xl font-bold">{t("list.title")}</h1>
          <p className="text-stone-700 dark:text-stone-300">{t("list.intro")}</p>
          <p className="text-stone-700 dark:text-stone-300">
            {tm("entry")}{" "}
            <Link href="/mock" className={link}>
              {tm("entryLink")}
            </Link>
          </p>
        </header>

        <UnfinishedAttempts />

        <section aria-labelledby="sets-heading" className="space-y-4">
          <h2 id="sets-heading" className="text-xl font-semibold">
            {t("list.sets")}
          </h2>
          <ul className="grid gap-4 sm:grid-cols-2">
            {sets.map(({ set, questionCount, random }) => (
              <li key={set.slug} className="space-y-2 rounded-xl border border-stone-200 p-4 dark:border-stone-800">
                <h3 className="font-semibold">
                  <Link href={`/quizzes/${set.slug}`} className={link}>
                    {set.title[lang]}
                  </Link>
                </h3>
                <p className="text-sm">{set.description[lang]}</p>
                <QuizFacts
                  questionCount={questionCount}
                  random={random}
                  timeLimitMinutes={set.timeLimitMinutes}
                  passPercent={set.passPercent}
                />
              </li>
            ))}
          </ul>
        </section>

        <RecentAttempts />

        <section
          aria-labelledby="builder-heading"
          className="space-y-4 rounded-xl border border-stone-200 p-4 dark:border-stone-800"
        >
          <h2 id="builder-heading" className="text-xl font-semibold">
            {t("builder.title")}
          </h2>
          <CustomQuizForm
            topics={options.topics}
            tags={options.tags}
            typeNames={Object.fromEntries(QUESTION_TYPES.map((x) => [x, tq(`type.${x}`)]))}
            difficultyNames={Object.fromEntries(DIFFICULTIES.map((x) => [x, tq(`difficulty.${x}`)]))}
          />
        </section>
      </div>
    </IntlScope>
  );
}
