import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { CustomQuizForm } from "@/components/quiz/CustomQuizForm.client";
import { QuizFacts } from "@/components/quiz/QuizFacts";
import { IntlScope } from "@/components/IntlScope";
import { link } from "@/components/ui/styles";
import { DIFFICULTIES, QUESTION_TYPES } from "@/lib/content/schemas/question";
import { listQuizSets, myAttempts, quizFilterOptions } from "@/lib/data/quiz";
import { uiLocale } from "@/lib/session/ui-locale";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("quiz.list");
  return { title: t("title") };
}

export default async function QuizzesPage() {
  const lang = await uiLocale();
  const t = await getTranslations("quiz");
  const tq = await getTranslations("question");
  const format = await getFormatter();
  const sets = listQuizSets();
  const { unfinished, finished } = await myAttempts();
  const options = quizFilterOptions(lang);
  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t("list.title")}</h1>
        <p className="text-stone-700 dark:text-stone-300">{t("list.intro")}</p>
      </header>

      {unfinished.length > 0 && (
        <section aria-labelledby="unfinished-heading" className="space-y-3">
          <h2 id="unfinished-heading" className="text-xl font-semibold">
            {t("list.unfinished")}
          </h2>
          <ul className="space-y-2">
            {unfinished.map(({ attempt, summary }) => (
              <li
                key={attempt.id}
                className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-stone-200 p-3 dark:border-stone-800"
              >
                <div>
                  <p className="font-medium">{attempt.title[lang]}</p>
                  <p className="text-sm text-stone-700 dark:text-stone-300">
                    {t("list.unfinishedProgress", {
                      answered: summary.answered,
                      total: summary.total,
                      mode: t("mode.short", { mode: attempt.mode }),
                    })}
                  </p>
                </div>
                <Link
                  href={`/attempts/${attempt.id}`}
                  aria-label={t("list.resumeNamed", { title: attempt.title[lang] })}
                  className="rounded-md bg-amber-500 px-3 py-1.5 font-medium text-stone-950 hover:bg-amber-400"
                >
                  {t("list.resume")}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

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

      {finished.length > 0 && (
        <section aria-labelledby="recent-heading" className="space-y-3">
          <h2 id="recent-heading" className="text-xl font-semibold">
            {t("list.recent")}
          </h2>
          <ul className="space-y-2">
            {finished.map(({ attempt, summary }) => (
              <li key={attempt.id}>
                <Link
                  href={`/attempts/${attempt.id}/result`}
                  aria-label={t("list.viewResult", { title: attempt.title[lang] })}
                  className={link}
                >
                  {attempt.title[lang]}
                </Link>{" "}
                <span className="text-sm text-stone-700 dark:text-stone-300">
                  {t("list.recentLine", {
                    score: summary.scorePercent,
                    date: format.dateTime(attempt.finishedAt!, { dateStyle: "medium", timeStyle: "short" }),
                  })}
                  {summary.passed !== null && ` · ${summary.passed ? t("result.passed") : t("result.failed")}`}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section
        aria-labelledby="builder-heading"
        className="space-y-4 rounded-xl border border-stone-200 p-4 dark:border-stone-800"
      >
        <h2 id="builder-heading" className="text-xl font-semibold">
          {t("builder.title")}
        </h2>
        <IntlScope namespaces={["quiz"]}>
          <CustomQuizForm
            topics={options.topics}
            tags={options.tags}
            typeNames={Object.fromEntries(QUESTION_TYPES.map((x) => [x, tq(`type.${x}`)]))}
            difficultyNames={Object.fromEntries(DIFFICULTIES.map((x) => [x, tq(`difficulty.${x}`)]))}
          />
        </IntlScope>
      </section>
    </div>
  );
}
