"use client";

import { useTranslations } from "next-intl";
import { CARD_STATES, DUE_BUCKETS, type CardBrowserState, type DueBucket } from "@/lib/review/card-browser";

export type FilterValues = { topic: string; tag: string; state: string; due: string; flagged: boolean };
export const NO_FILTER: FilterValues = { topic: "", tag: "", state: "", due: "", flagged: false };

type Props = {
  values: FilterValues;
  onChange: (values: FilterValues) => void;
  topics: { id: string; name: string }[];
  tags: string[];
  /** False when the flags could not be read (offline): the flagged filter says why it is off. */
  flagsAvailable: boolean;
};

const FIELD =
  "mt-1 block w-full rounded-md border border-stone-400 bg-white px-2 py-1.5 text-sm dark:border-stone-600 dark:bg-stone-900";

export const STATE_LABEL: Record<CardBrowserState, string> = {
  new: "stateNew",
  learning: "stateLearning",
  review: "stateReview",
  relearning: "stateRelearning",
  suspended: "stateSuspended",
  buried: "stateBuried",
};
const DUE_LABEL: Record<DueBucket, string> = { overdue: "dueOverdue", today: "dueToday", later: "dueLater" };

/** The card browser's filters: topic, tag, state, due and flagged, each a native control (keyboard and phone ready). */
export function CardFilters({ values, onChange, topics, tags, flagsAvailable }: Props) {
  const t = useTranslations("cards");
  // The label names the select alone (not wrapped around it, whose chosen option would join the name).
  const select = (name: keyof FilterValues, label: string, options: { value: string; label: string }[]) => (
    <div className="text-sm">
      <label htmlFor={`card-filter-${name}`} className="block font-medium">
        {label}
      </label>
      <select
        id={`card-filter-${name}`}
        className={FIELD}
        value={String(values[name])}
        onChange={(e) => onChange({ ...values, [name]: e.target.value })}
      >
        <option value="">{t("any")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <fieldset className="grid grid-cols-1 gap-3 rounded-lg border border-stone-300 p-3 sm:grid-cols-2 lg:grid-cols-5 dark:border-stone-700">
      <legend className="px-1 text-sm font-semibold">{t("filters")}</legend>
      {select(
        "topic",
        t("topic"),
        topics.map((x) => ({ value: x.id, label: x.name })),
      )}
      {select(
        "tag",
        t("tag"),
        tags.map((x) => ({ value: x, label: `#${x}` })),
      )}
      {select(
        "state",
        t("state"),
        CARD_STATES.map((s) => ({ value: s, label: t(STATE_LABEL[s]) })),
      )}
      {select(
        "due",
        t("due"),
        DUE_BUCKETS.map((d) => ({ value: d, label: t(DUE_LABEL[d]) })),
      )}
      <div className="text-sm">
        <label className="flex items-center gap-2 font-medium sm:mt-6">
          <input
            type="checkbox"
            checked={values.flagged}
            disabled={!flagsAvailable}
            aria-describedby={flagsAvailable ? undefined : "flags-offline"}
            onChange={(e) => onChange({ ...values, flagged: e.target.checked })}
            className="size-4 accent-amber-600"
          />
          {t("flaggedOnly")}
        </label>
        {!flagsAvailable && (
          <p id="flags-offline" className="mt-1 text-xs text-stone-700 dark:text-stone-300">
            {t("flagsOffline")}
          </p>
        )}
      </div>
    </fieldset>
  );
}
