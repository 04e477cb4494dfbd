"use client";

import { useTranslations } from "next-intl";
import type { GradeValue } from "@/lib/review/scheduler";

const RATINGS = [
  { value: 1, key: "again", tone: "bg-rose-700 hover:bg-rose-800 text-white" },
  { value: 2, key: "hard", tone: "bg-stone-700 hover:bg-stone-800 text-white dark:bg-stone-600" },
  { value: 3, key: "good", tone: "bg-emerald-700 hover:bg-emerald-800 text-white" },
  { value: 4, key: "easy", tone: "bg-sky-700 hover:bg-sky-800 text-white" },
] as const;

type Props = {
  intervals: Record<GradeValue, string>;
  disabled: boolean;
  onRate: (rating: GradeValue) => void;
  firstRef: (el: HTMLButtonElement | null) => void;
  /** The rating the ticked key points suggest: marked, and the one the first focus lands on. */
  suggested?: GradeValue;
  className?: string;
};

/** Again / Hard / Good / Easy, each showing the interval it would give. The interval is the button's description, not its name. */
export function RatingButtons({ intervals, disabled, onRate, firstRef, suggested, className = "" }: Props) {
  const t = useTranslations("review");
  const tc = useTranslations("coach");
  return (
    <div role="group" aria-label={t("rate")} className={`grid grid-cols-2 gap-2 sm:grid-cols-4 ${className}`}>
      {RATINGS.map(({ value, key, tone }) => (
        <button
          key={value}
          ref={value === (suggested ?? 3) ? firstRef : undefined}
          type="button"
          disabled={disabled}
          aria-label={t(key)}
          aria-describedby={value === suggested ? `interval-${value} rating-suggested` : `interval-${value}`}
          data-suggested={value === suggested || undefined}
          aria-keyshortcuts={String(value)}
          onClick={() => onRate(value)}
          className={`flex flex-col items-center rounded-lg px-3 py-2 font-medium shadow-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600 disabled:opacity-60 ${tone} ${value === suggested ? "ring-4 ring-amber-400 ring-offset-2 dark:ring-offset-stone-950" : ""}`}
        >
          <span aria-hidden="true">{t(key)}</span>
          {value === suggested && (
            <span id="rating-suggested" className="text-xs font-semibold uppercase tracking-wide">
              {tc("suggested")}
            </span>
          )}
          <span id={`interval-${value}`} className="text-sm font-normal opacity-90">
            <span className="sr-only">{t("intervalHint", { interval: intervals[value] })}</span>
            <span aria-hidden="true">
              {intervals[value]} · {value}
            </span>
          </span>
        </button>
      ))}
    </div>
  );
}
