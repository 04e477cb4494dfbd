"use client";

import { useTranslations } from "next-intl";

/**
 * "7 / 20": the cards done this session against those done plus those left today. A card rated Again comes back,
 * so the total can grow as the session goes on, as in Anki. A progress bar with its own name and value for
 * assistive technology; the visible figures are the same words for the eye.
 */
export function SessionProgress({ done, total }: { done: number; total: number }) {
  const t = useTranslations("reviewSession");
  const percent = total > 0 ? Math.round((done / total) * 100) : 100;
  return (
    <div className="flex items-center gap-3">
      <div
        role="progressbar"
        aria-label={t("progressLabel")}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={t("progressValue", { done, total })}
        className="h-2 w-28 overflow-hidden rounded-full bg-stone-200 sm:w-48 dark:bg-stone-700"
      >
        <div className="h-full rounded-full bg-amber-500 transition-[width]" style={{ width: `${percent}%` }} />
      </div>
      <span aria-hidden="true" className="text-sm font-semibold whitespace-nowrap tabular-nums">
        {t("progressText", { done, total })}
      </span>
    </div>
  );
}
