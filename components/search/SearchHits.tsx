import type { Lang } from "@/lib/content/schemas/common";
import type { SearchHit } from "@/lib/search/search";
import { Highlighted } from "./Highlighted";

export type SearchHitLabels = {
  results: string;
  kind: Record<SearchHit["kind"], string>;
  types: Record<NonNullable<SearchHit["type"]>, string>;
  difficulties: Record<NonNullable<SearchHit["difficulty"]>, string>;
  topics: Record<string, string>;
  inArticle: (article: string) => string;
  resultLang: Record<Lang, string>;
};

const BADGE = "rounded bg-stone-100 px-2 py-0.5 text-stone-800 dark:bg-stone-800 dark:text-stone-200";

/** The result list: plain markup, shared by the server-rendered page and the instant results. */
export function SearchHits({
  hits,
  labels,
  uiLang,
}: {
  hits: readonly SearchHit[];
  labels: SearchHitLabels;
  uiLang: Lang;
}) {
  return (
    <ol aria-label={labels.results} className="divide-y divide-stone-200 dark:divide-stone-800">
      {hits.map((hit) => (
        <li key={hit.url + hit.lang} className="space-y-1 py-4" lang={hit.lang === "zh" ? "zh-CN" : "en"}>
          <a
            href={hit.url}
            className="text-lg font-medium text-amber-800 underline-offset-2 hover:underline dark:text-amber-300"
          >
            <Highlighted parts={hit.title} />
          </a>
          <p className="flex flex-wrap gap-2 text-xs font-medium" lang={uiLang === "zh" ? "zh-CN" : "en"}>
            <span className={BADGE}>{labels.kind[hit.kind]}</span>
            {hit.type && <span className={BADGE}>{labels.types[hit.type]}</span>}
            {hit.difficulty && <span className={BADGE}>{labels.difficulties[hit.difficulty]}</span>}
            <span className={BADGE}>{labels.topics[hit.topic] ?? hit.topic}</span>
            {hit.lang !== uiLang && <span className={BADGE}>{labels.resultLang[hit.lang]}</span>}
          </p>
          {hit.context && <p className="text-sm text-stone-600 dark:text-stone-400">{labels.inArticle(hit.context)}</p>}
          {hit.snippet.length > 0 && (
            <p className="text-sm text-stone-700 dark:text-stone-300">
              <Highlighted parts={hit.snippet} />
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
