"use client";

import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { secondaryButton } from "../ui/styles";

type Props = { total: number; mistakes: number; children: ReactNode };

/**
 * The "Mistakes only" toggle of a result page. The questions stay server-rendered; each one marked
 * `data-mistake="false"` carries the class that hides it while the toggle is on (hidden, so screen readers skip it
 * too), and a live line says how many are shown.
 */
export function MistakesFilter({ total, mistakes, children }: Props) {
  const t = useTranslations("quiz.result");
  const [only, setOnly] = useState(false);
  return (
    <div data-mistakes-only={only} className="group/results space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          aria-pressed={only}
          aria-describedby="mistakes-filter-help"
          onClick={() => setOnly((v) => !v)}
          className={`${secondaryButton} aria-pressed:border-amber-600 aria-pressed:bg-amber-100 dark:aria-pressed:border-amber-400 dark:aria-pressed:bg-amber-950`}
        >
          {t("filterLabel")}
        </button>
        <p id="mistakes-filter-help" className="text-sm text-stone-700 dark:text-stone-300">
          {t("filterHelp")}
        </p>
      </div>
      <p aria-live="polite" className="font-medium empty:hidden">
        {only ? t("showing", { shown: mistakes, total }) : ""}
      </p>
      {children}
    </div>
  );
}
