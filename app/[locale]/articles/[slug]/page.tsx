import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/navigation/Link";
import { notFound } from "next/navigation";
import { ContentStyles } from "@/components/ContentStyles";
import { PractiseArticle } from "@/components/PractiseArticle";
import { RenderedHtml } from "@/components/RenderedHtml";
import { CollapsibleTableOfContents, TableOfContents } from "@/components/TableOfContents";
import { getArticle, getQuestionContent, getTopicName } from "@/lib/data/content";
import { articleParams } from "@/lib/data/static-params";
import { pageLocale, type LocaleParams } from "@/lib/session/page-locale";
import { pageAlternates } from "@/lib/i18n/page-alternates";

type Props = { params: Promise<LocaleParams & { slug: string }> };

export const generateStaticParams = articleParams;
export const dynamicParams = false;

async function load(params: Props["params"]) {
  const uiLang = await pageLocale(params);
  const { slug } = await params;
  return { uiLang, found: getArticle(slug, uiLang) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { uiLang, found } = await load(params);
  return found
    ? {
        title: found.content.title,
        description: found.content.summary,
        alternates: pageAlternates(`/articles/${found.article.slug}`, uiLang),
      }
    : {};
}

export default async function ArticlePage({ params }: Props) {
  const { uiLang, found } = await load(params);
  if (!found) notFound();
  const t = await getTranslations("article");
  const { article, content, lang, readingMinutes } = found;
  const related = article.related.flatMap((id) => getQuestionContent(id, uiLang) ?? []);
  return (
    <article lang={lang === "zh" ? "zh-CN" : "en"} className="grid gap-10 lg:grid-cols-[1fr_15rem]">
      <ContentStyles features={content.features} />
      <div className="min-w-0 space-y-6">
        {lang !== uiLang && <p className="rounded bg-amber-50 p-3 text-sm dark:bg-amber-950">{t("otherLanguage")}</p>}
        <header className="space-y-2">
          <p className="flex flex-wrap gap-x-2 text-sm text-stone-700 dark:text-stone-300">
            <Link href={`/topics/${article.topic}`} className="text-amber-800 underline dark:text-amber-300">
              {getTopicName(article.topic, uiLang)}
            </Link>
            <span aria-hidden="true">·</span>
            <time dateTime={`PT${readingMinutes}M`}>{t("readingTime", { minutes: readingMinutes })}</time>
          </p>
          <h1 className="text-3xl font-bold leading-tight">{content.title}</h1>
          <p className="text-lg text-stone-700 dark:text-stone-300">{content.summary}</p>
        </header>
        <div className="lg:hidden">
          <CollapsibleTableOfContents toc={content.toc} label={t("toc")} />
        </div>
        <RenderedHtml html={content.html} />
        <PractiseArticle slug={article.slug} questionCount={related.length} />
        {related.length > 0 && (
          <section className="rounded-lg border border-stone-200 p-4 dark:border-stone-800">
            <h2 className="mb-2 font-semibold">{t("related")}</h2>
            <ul className="list-disc space-y-1 pl-5">
              {related.map((r) => (
                <li key={r.question.id}>
                  <Link
                    href={`/questions/${r.question.id}`}
                    prefetch={false}
                    className="text-amber-800 underline dark:text-amber-300"
                  >
                    {r.content.title}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
      <aside className="hidden lg:block">
        <TableOfContents toc={content.toc} label={t("toc")} />
      </aside>
    </article>
  );
}
