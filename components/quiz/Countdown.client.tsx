"use client";

import { useTranslations } from "next-intl";
import { formatRemaining } from "@/lib/quiz/duration";

/** The time left, as a timer landmark; the last minute is highlighted (colour and weight, not colour alone). */
export function Countdown({ remainingMs }: { remainingMs: number }) {
  const t = useTranslations("quiz.runner");
  const urgent = remainingMs <= 60_000;
  return (
    <div
      role="timer"
      aria-label={t("timer")}
      className={`rounded-md border px-3 py-1 font-mono tabular-nums ${urgent ? "border-rose-500 font-bold text-rose-700 dark:text-rose-400" : "border-stone-300 dark:border-stone-700"}`}
    >
      <span className="sr-only">{t("timer")}: </span>
      {formatRemaining(remainingMs)}
    </div>
  );
}
