import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/navigation/Link";
import { notFound } from "next/navigation";
import { QuestionBadges } from "@/components/ui/Badges";
import { getTopic, pickLang } from "@/lib/data/content";
import { topicParams } from "@/lib/data/static-params";
import { pageLocale, type LocaleParams } from "@/lib/session/page-locale";
import { pageAlternates } from "@/lib/i18n/page-alternates";
import { countLabels } from "@/lib/i18n/count-labels";
import { DueToday } from "@/components/review/DueToday.client";

type Props = { params: Promise<LocaleParams & { id: string }> };

export const generateStaticParams = topicParams;
export const dynamicParams = false;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLocale(params);
  const found = getTopic((await params).id);
  return found
    ? {
        title: found.topic.name[lang],
        description: found.topic.description[lang],
        alternates: pageAlternates(`/topics/${found.topic.id}`, lang),
      }
    : {};
}

export default async function TopicPage({ params }: Props) {
  const lang = await pageLocale(params);
  const found = getTopic((await params).id);
  if (!found) notFound();
  const [t, ts] = await Promise.all([getTranslations("topic"), getTranslations("studyHome")]);
  const { topic, banks, articles } = found;
  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{topic.name[lang]}</h1>
        <p className="text-stone-700 dark:text-stone-300">{topic.description[lang]}</p>
        <p className="flex flex-wrap items-center gap-3 pt-2">
          <Link
            href={`/review?topic=${topic.id}`}
            className="rounded-md bg-amber-500 px-4 py-2 font-medium text-stone-950 hover:bg-amber-400 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600"
          >
            {ts("reviewTopic")}
          </Link>
          <span className="text-sm text-stone-700 dark:text-stone-300">
            <DueToday kind="topic" topic={topic.id} labels={countLabels((count) => ts("topicDue", { count }), lang)} />
          </span>
        </p>
      </header>
      <section aria-labelledby="articles-heading" className="space-y-3">
        <h2 id="articles-heading" className="text-xl font-semibold">
          {t("articles")}
        </h2>
        {articles.length === 0 ? (
          <p className="text-stone-600 dark:text-stone-400">{t("noArticles")}</p>
        ) : (
          <ul className="space-y-3">
            {articles.map((a) => {
              const c = pickLang(a.langs, lang)?.value;
              return (
                <li key={a.slug}>
                  <Link
                    href={`/articles/${a.slug}`}
                    // Prefetching an article would also fetch its math stylesheet and fonts for a page that has no math.
                    prefetch={false}
                    className="font-medium text-amber-800 underline dark:text-amber-300"
                  >
                    {c?.title}
                  </Link>
                  <p className="text-sm text-stone-700 dark:text-stone-300">{c?.summary}</p>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="banks-heading" className="space-y-6">
        <h2 id="banks-heading" className="text-xl font-semibold">
          {t("banks")}
        </h2>
        {banks.map(({ bank, questions }) => (
          <section key={bank.key} aria-label={bank.title[lang] ?? bank.title.en ?? bank.slug} className="space-y-2">
            <h3 className="font-semibold">
              {bank.title[lang] ?? bank.title.en ?? bank.title.zh}{" "}
              <span className="text-sm font-normal text-stone-600 dark:text-stone-400">
                · {t("questionCount", { count: questions.length })}
              </span>
            </h3>
            <Link
              href={`/review?bank=${encodeURIComponent(bank.key)}`}
              className="text-sm text-amber-800 underline dark:text-amber-300"
            >
              {t("reviewBank", { bank: bank.title[lang] ?? bank.title.en ?? bank.slug })}
            </Link>
            <ol className="divide-y divide-stone-200 rounded-lg border border-stone-200 dark:divide-stone-800 dark:border-stone-800">
              {questions.map((q) => (
                <li key={q.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
                  <Link
                    href={`/questions/${q.id}`}
                    // A topic lists dozens of questions: fetched when opened, not all at once on arrival.
                    prefetch={false}
                    className="hover:text-amber-700 hover:underline dark:hover:text-amber-300"
                  >
                    {pickLang(q.langs, lang)?.value.title}
                  </Link>
                  <QuestionBadges type={q.type} difficulty={q.difficulty} />
                </li>
              ))}
            </ol>
          </section>
        ))}
      </section>
    </div>
  );
}
