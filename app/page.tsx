import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { listTopics } from "@/lib/data/content";
import { getDueToday } from "@/lib/data/review";
import { UpcomingAssignments } from "@/components/classes/UpcomingAssignments";
import { uiLocale } from "@/lib/session/ui-locale";

export default async function HomePage() {
  const lang = await uiLocale();
  const [t, ts, due] = await Promise.all([getTranslations("home"), getTranslations("studyHome"), getDueToday()]);
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
          {ts("dueToday", { count: due.total })}
        </h2>
        <Link
          href="/review"
          className="rounded-md bg-amber-500 px-4 py-2 font-medium text-stone-950 hover:bg-amber-400 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600"
        >
          {ts("startReview")}
        </Link>
      </section>
      <UpcomingAssignments />
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
                  {t("topicCounts", { questions: questionCount, articles: articleCount })} ·{" "}
                  {ts("topicDue", { count: due.byTopic.get(topic.id) ?? 0 })}
                </p>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
