"use client";

import { useTranslations } from "next-intl";
import { coverageOf, type PointVerdict } from "@/lib/coach/point-verdicts";
import { RenderedHtml } from "../RenderedHtml";

export type ChecklistPoint = { html: string; must: boolean; weight: number };
/** A grader's judgement of the points, shown until the candidate changes a tick. */
export type PointSuggestion = { model: string; evidence: string[] };

type Props = {
  points: ChecklistPoint[];
  verdicts: PointVerdict[];
  onChange: (verdicts: PointVerdict[]) => void;
  suggestion?: PointSuggestion;
  /** Ids must be unique on the page: the question page and a quiz can show several checklists. */
  idPrefix: string;
  /** The suggested rating or grade, in words, already worded by the caller. */
  suggestionLine?: string;
  disabled?: boolean;
};

/**
 * The key points as a checklist after the answer is shown: the candidate ticks what they covered (a grader's
 * verdicts may pre-fill it) and the summary says what that suggests. The candidate always has the last word.
 */
export function KeyPointChecklist({
  points,
  verdicts,
  onChange,
  suggestion,
  idPrefix,
  suggestionLine,
  disabled,
}: Props) {
  const t = useTranslations("coach");
  const coverage = coverageOf(points, verdicts);
  const toggle = (i: number) =>
    onChange(verdicts.map((v, j) => (j === i ? (v === "covered" ? "missing" : "covered") : v)));
  return (
    <fieldset
      className="space-y-2 rounded-lg border border-amber-300 bg-amber-50/60 p-4 dark:border-amber-800 dark:bg-amber-950/30"
      aria-describedby={`${idPrefix}-summary`}
    >
      <legend className="px-1 font-semibold">{t("keyPoints")}</legend>
      <p className="text-sm text-stone-700 dark:text-stone-300">
        {suggestion ? t("gradedBy", { model: suggestion.model }) : t("tickCovered")}
      </p>
      <ul className="space-y-2">
        {points.map((p, i) => {
          const id = `${idPrefix}-point-${i}`;
          const partly = verdicts[i] === "partly";
          const quote = suggestion?.evidence[i];
          return (
            <li key={i} className="flex items-start gap-3">
              <input
                id={id}
                type="checkbox"
                checked={verdicts[i] === "covered"}
                aria-checked={partly ? "mixed" : undefined}
                ref={(el) => void (el && (el.indeterminate = partly))}
                disabled={disabled}
                onChange={() => toggle(i)}
                className="mt-1.5 size-4 shrink-0 accent-amber-600"
              />
              <label htmlFor={id} className="flex-1 cursor-pointer">
                <RenderedHtml html={p.html} as="span" className="prose-p:my-0" />
                {(p.must || p.weight > 1 || partly) && (
                  <span className="ml-2 inline-flex gap-1 align-middle text-xs font-medium">
                    {p.must && (
                      <span className="rounded bg-rose-100 px-1.5 text-rose-900 dark:bg-rose-900/40 dark:text-rose-100">
                        {t("must")}
                      </span>
                    )}
                    {p.weight > 1 && (
                      <span className="rounded bg-stone-200 px-1.5 dark:bg-stone-700">
                        {t("weight", { weight: p.weight })}
                      </span>
                    )}
                    {partly && (
                      <span className="rounded bg-amber-200 px-1.5 text-amber-950 dark:bg-amber-800 dark:text-amber-50">
                        {t("partly")}
                      </span>
                    )}
                  </span>
                )}
                {quote && (
                  <span className="mt-0.5 block text-sm text-stone-600 dark:text-stone-400">
                    {t("evidence", { quote })}
                  </span>
                )}
              </label>
            </li>
          );
        })}
      </ul>
      <p id={`${idPrefix}-summary`} role="status" className="text-sm font-medium">
        {t("summary", { covered: coverage.covered, total: points.length })}
        {coverage.missedMust && <> · {t("missedMust")}</>}
        {suggestionLine && <> · {suggestionLine}</>}
      </p>
    </fieldset>
  );
}
