import { getTranslations } from "next-intl/server";
import { Link } from "@/components/navigation/Link";
import type { Article } from "@/lib/content/schemas/article";
import type { Lang } from "@/lib/content/schemas/common";

/** The explainers that cover a question, shown before the answer so a learner who is stuck knows where to read. */
export async function ExplainedIn({ articles, uiLang }: { articles: Article[]; uiLang: Lang }) {
  if (articles.length === 0) return null;
  const t = await getTranslations("article");
  const htmlLang = (lang: Lang) => (lang === "zh" ? "zh-CN" : "en");
  return (
    // In the interface's language, inside a question that may be shown in the other one.
    <p lang={htmlLang(uiLang)} className="flex flex-wrap gap-x-2 text-sm text-stone-700 dark:text-stone-300">
      <span>{t("explainedIn")}</span>
      {articles.map((a, i) => {
        const titleLang: Lang = a.langs[uiLang] ? uiLang : a.langs.en ? "en" : "zh";
        return (
          <span key={a.slug}>
            <Link
              lang={htmlLang(titleLang)}
              className="text-amber-800 underline dark:text-amber-300"
              href={`/articles/${a.slug}`}
              // Prefetching an article would also fetch its math stylesheet and fonts for a page that has no math.
              prefetch={false}
            >
              {a.langs[titleLang]?.title}
            </Link>
            {i < articles.length - 1 && <span aria-hidden="true"> · </span>}
          </span>
        );
      })}
    </p>
  );
}
