"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type ChangeEvent } from "react";
import type { Lang } from "@/lib/content/schemas/common";
import type { SearchParams } from "@/lib/search/params";
import { searchQueryString } from "@/lib/search/query-string";
import { PAGE_SIZE } from "@/lib/search/page-size";
import type { SearchOutcome } from "@/lib/search/search";
import { SearchHits, type SearchHitLabels } from "./SearchHits";

type Props = {
  uiLang: Lang;
  topics: { id: string; name: string }[];
  tags: string[];
  types: SearchHitLabels["types"];
  difficulties: SearchHitLabels["difficulties"];
};

const hasInput = (p: SearchParams) => !!(p.q || p.topic || p.type || p.difficulty || p.tag || p.lang !== "any");

// Long enough to skip the keystrokes of a word being typed, short enough to feel instant.
const DEBOUNCE_MS = 150;
const FIELD = "rounded-md border border-stone-400 bg-white px-3 py-2 dark:border-stone-600 dark:bg-stone-900";

const EMPTY: SearchParams = { q: "", lang: "any" };
const NO_RESULTS: SearchOutcome = { total: 0, offset: 0, hits: [] };
const FIELDS = ["q", "topic", "type", "difficulty", "tag", "lang"] as const;

/** The search in the page's address, as typed: /api/search checks it and names any field it refuses. */
function paramsInAddress(): SearchParams | undefined {
  const query = new URLSearchParams(window.location.search);
  if (!FIELDS.some((f) => query.get(f))) return undefined;
  const picked = Object.fromEntries(FIELDS.flatMap((f) => (query.get(f) ? [[f, query.get(f)!]] : [])));
  return { ...EMPTY, ...picked } as SearchParams;
}

/**
 * The search form, on a page prerendered per language: the search in the address (a shared link, the header's
 * box) is read and run once the page is up. Results follow the typing (fetched from /api/search) and the address
 * follows the form, so a search can be shared. A field the server refuses is named, dropped, and the rest runs.
 */
export function SearchPage({ uiLang, topics, tags, types, difficulties }: Props) {
  const t = useTranslations("search");
  const [params, setParams] = useState(EMPTY);
  const [outcome, setOutcome] = useState(NO_RESULTS);
  const [state, setState] = useState<{ busy: boolean; error?: string; invalid?: string[] }>({ busy: false });
  const [more, setMore] = useState<{ busy: boolean; error?: string }>({ busy: false });
  const results = useRef<HTMLDivElement>(null);
  // The position of the first result "Show more" added: focused once those results are on the page.
  const focusNext = useRef<number | undefined>(undefined);
  useEffect(() => {
    const at = focusNext.current;
    const next = at === undefined ? undefined : results.current?.querySelectorAll<HTMLAnchorElement>("ol > li > a")[at];
    if (!next) return;
    focusNext.current = undefined;
    next.focus();
  }, [outcome]);
  useEffect(() => {
    const fromAddress = paramsInAddress();
    if (fromAddress) setParams(fromAddress);
  }, []);
  useEffect(() => {
    if (params === EMPTY) return;
    const qs = searchQueryString(params);
    window.history.replaceState(null, "", qs ? `${window.location.pathname}?${qs}` : window.location.pathname);
    const abort = new AbortController();
    setState((s) => ({ busy: true, invalid: s.invalid }));
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/search?${qs ? `${qs}&` : ""}ui=${uiLang}`, { signal: abort.signal });
        if (res.status === 400) {
          const refused = ((await res.json()) as { issues: { field: string }[] }).issues.map((i) => i.field);
          setState({ busy: false, invalid: refused });
          return setParams((p) => ({
            ...p,
            ...Object.fromEntries(refused.map((f) => [f, f === "q" ? "" : f === "lang" ? "any" : undefined])),
          }));
        }
        if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
        setOutcome((await res.json()) as SearchOutcome);
        setMore({ busy: false });
        setState((s) => ({ busy: false, invalid: s.invalid }));
      } catch (e) {
        if (!abort.signal.aborted) setState({ busy: false, error: e instanceof Error ? e.message : String(e) });
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [params, uiLang]);

  /** The next page, added under the results; focus moves to its first result so a keyboard reader goes on there. */
  async function showMore() {
    const shown = outcome.hits.length;
    const qs = searchQueryString(params);
    setMore({ busy: true });
    try {
      const page = Math.floor(shown / PAGE_SIZE) + 1;
      const res = await fetch(`/api/search?${qs ? `${qs}&` : ""}ui=${uiLang}&page=${page}`);
      if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
      const next = (await res.json()) as SearchOutcome;
      focusNext.current = shown;
      setOutcome((o) => (o.hits.length === shown ? { ...next, offset: 0, hits: [...o.hits, ...next.hits] } : o));
      setMore({ busy: false });
    } catch (e) {
      setMore({ busy: false, error: e instanceof Error ? e.message : String(e) });
    }
  }

  const set = (key: keyof SearchParams) => (e: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setParams(
      (p) => ({ ...p, [key]: e.target.value === "" && key !== "q" ? undefined : e.target.value }) as SearchParams,
    );

  const labels: SearchHitLabels = {
    results: t("resultsLabel"),
    kind: { question: t("kind.question"), article: t("kind.article") },
    types,
    difficulties,
    topics: Object.fromEntries(topics.map((x) => [x.id, x.name])),
    inArticle: (article) => t("inArticle", { article }),
    resultLang: { zh: t("resultLang", { lang: t("langs.zh") }), en: t("resultLang", { lang: t("langs.en") }) },
  };
  const select = (key: "topic" | "type" | "difficulty" | "tag", options: { value: string; label: string }[]) => (
    <label className="flex flex-col gap-1 text-sm font-medium">
      {t(key)}
      <select name={key} value={params[key] ?? ""} onChange={set(key)} className={FIELD}>
        <option value="">{t("any")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="space-y-6">
      <form
        role="search"
        aria-label={t("pageLandmark")}
        action={`/${uiLang}/search`}
        method="get"
        onSubmit={(e) => e.preventDefault()}
        className="space-y-4"
      >
        <div className="flex flex-wrap items-end gap-2">
          <label className="flex min-w-0 flex-1 flex-col gap-1 font-medium">
            {t("queryLabel")}
            <input
              type="search"
              name="q"
              value={params.q}
              onChange={set("q")}
              placeholder={t("queryPlaceholder")}
              autoComplete="off"
              className={`${FIELD} w-full text-base`}
            />
          </label>
          <button
            type="submit"
            className="rounded-md bg-amber-500 px-4 py-2 font-medium text-stone-950 hover:bg-amber-400 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600"
          >
            {t("submit")}
          </button>
        </div>
        <fieldset className="grid grid-cols-2 gap-3 sm:grid-cols-5">
          <legend className="sr-only">{t("filters")}</legend>
          {select(
            "topic",
            topics.map((x) => ({ value: x.id, label: x.name })),
          )}
          {select(
            "type",
            Object.entries(types).map(([value, label]) => ({ value, label })),
          )}
          {select(
            "difficulty",
            Object.entries(difficulties).map(([value, label]) => ({ value, label })),
          )}
          {select(
            "tag",
            tags.map((tag) => ({ value: tag, label: tag })),
          )}
          <label className="flex flex-col gap-1 text-sm font-medium">
            {t("lang")}
            <select name="lang" value={params.lang} onChange={set("lang")} className={FIELD}>
              <option value="any">{t("any")}</option>
              <option value="zh">{t("langs.zh")}</option>
              <option value="en">{t("langs.en")}</option>
            </select>
          </label>
        </fieldset>
      </form>
      {state.invalid && state.invalid.length > 0 && (
        <p role="alert" className="text-rose-800 dark:text-rose-300">
          {t("invalid", { fields: state.invalid.join(", ") })}
        </p>
      )}
      {state.error && (
        <p role="alert" className="text-rose-800 dark:text-rose-300">
          {t("failed", { reason: state.error })}
        </p>
      )}
      <p id="search-shown" role="status" className="flex flex-wrap gap-x-2 text-sm text-stone-700 dark:text-stone-300">
        {state.busy
          ? t("searching")
          : outcome.total > 0
            ? t("count", { count: outcome.total })
            : hasInput(params)
              ? t("none")
              : t("start")}
        {!state.busy && outcome.total > outcome.hits.length && (
          <span>{t("showingFirst", { shown: outcome.hits.length })}</span>
        )}
      </p>
      {outcome.hits.length > 0 && (
        <div ref={results} className="space-y-4">
          <SearchHits hits={outcome.hits} labels={labels} uiLang={uiLang} />
          {outcome.total > outcome.hits.length && (
            <button
              type="button"
              onClick={showMore}
              disabled={more.busy}
              aria-describedby="search-shown"
              className="w-full rounded-md border border-stone-400 px-4 py-2 font-medium hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600 disabled:opacity-60 sm:w-auto dark:border-stone-600 dark:hover:bg-stone-800"
            >
              {more.busy
                ? t("loadingMore")
                : t("showMore", { count: Math.min(PAGE_SIZE, outcome.total - outcome.hits.length) })}
            </button>
          )}
          {more.error && (
            <p role="alert" className="text-rose-800 dark:text-rose-300">
              {t("moreFailed", { reason: more.error })}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
