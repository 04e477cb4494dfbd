import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/navigation/Link";
import { listTopics } from "@/lib/data/content";
import { UpcomingAssignments } from "@/components/classes/UpcomingAssignments.client";
import { DueToday } from "@/components/review/DueToday.client";
import { pageLocale, type LocaleParams } from "@/lib/session/page-locale";
import { pageAlternates } from "@/lib/i18n/page-alternates";
import { countLabels } from "@/lib/i18n/count-labels";
import { link } from "@/components/ui/styles";

export async function generateMetadata({ params }: { params: Promise<LocaleParams> }): Promise<Metadata> {
  return { alternates: pageAlternates("/", await pageLocale(params)) };
}

/** Prerendered per language; the due counts and the visitor's assignments are filled in by the browser. */
export default async function HomePage({ params }: { params: Promise<LocaleParams> }) {
  const lang = await pageLocale(params);
  const [t, ts, tm] = await Promise.all([
    getTranslations("home"),
    getTranslations("studyHome"),
    getTranslations("classes.mine"),
  ]);
  // The personal parts are filled in by the browser, with their words resolved here (no formatter shipped).
  const dueLabels = countLabels((count) => ts("dueToday", { count }), lang);
  const topicDueLabels = countLabels((count) => ts("topicDue", { count }), lang);
  const topics = listTopics();
  const totals = topics.reduce((s, x) => ({ q: s.q + x.questionCount, a: s.a + x.articleCount }), { q: 0, a: 0 });
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="text-stone-700 dark:text-stone-300">
          {t("intro", { topics: topics.length, questions: totals.q, articles: totals.a })}
        </p>
      </header>
      <section
        aria-labelledby="due-heading"
        className="flex flex-wrap items-center justify-between gap-4 rounded-xl border border-amber-300 bg-amber-50 p-5 dark:border-amber-800 dark:bg-amber-950/40"
      >
        <h2 id="due-heading" className="text-lg font-semibold">
          <DueToday kind="total" labels={dueLabels} pending={ts("dueTodayPending")} />
        </h2>
        <Link
          href="/review"
          className="rounded-md bg-amber-500 px-4 py-2 font-medium text-stone-950 hover:bg-amber-400 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600"
        >
          {ts("startReview")}
        </Link>
      </section>
      <UpcomingAssignments
        labels={{ title: tm("title"), dueOn: tm("dueOn", { date: "{date}" }) }}
        seeAll={
          <Link href="/assignments" className={link}>
            {tm("seeAll")}
          </Link>
        }
      />
      <section aria-labelledby="topics-heading" className="space-y-4">
        <h2 id="topics-heading" className="text-xl font-semibold">
          {t("topics")}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {topics.map(({ topic, questionCount, articleCount }) => (
            <li key={topic.id}>
              <Link
                href={`/topics/${topic.id}`}
                className="block h-full rounded-xl border border-stone-200 p-4 transition hover:border-amber-500 hover:shadow-sm focus-visible:outline-2 focus-visible:outline-amber-600 dark:border-stone-800"
              >
                <h3 className="font-semibold">{topic.name[lang]}</h3>
                <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">{topic.description[lang]}</p>
                <p className="mt-3 text-xs text-stone-600 dark:text-stone-400">
                  {t("topicCounts", { questions: questionCount, articles: articleCount })}
                  <DueToday kind="topic" topic={topic.id} labels={topicDueLabels} />
                </p>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
