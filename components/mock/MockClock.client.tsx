"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { readClock, type ClockReading } from "@/lib/coach/mock-clock";
import { formatDuration, formatRemaining } from "@/lib/quiz/duration";

/**
 * The clock of the question on screen, read from the instant it appeared. The server's time at render sets the
 * offset to this device's clock, so a device whose clock is off still counts from the right moment. Null until
 * mounted: the server cannot know what the reader's clock says.
 */
export function useQuestionClock(appearedAtMs: number, perQuestionSec: number | null, serverNowMs: number) {
  const [offset] = useState(() => serverNowMs - Date.now());
  const [reading, setReading] = useState<ClockReading | null>(null);
  useEffect(() => {
    const tick = () => setReading(readClock(appearedAtMs, perQuestionSec, Date.now() + offset));
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [appearedAtMs, perQuestionSec, offset]);
  const now = () => readClock(appearedAtMs, perQuestionSec, Date.now() + offset);
  return { reading, now };
}

/** The countdown (timed) or the time so far (untimed), as a timer landmark; over time says so in words too. */
export function MockClock({ reading }: { reading: ClockReading | null }) {
  const t = useTranslations("mock.runner");
  const timed = reading?.remainingMs !== null && reading?.remainingMs !== undefined;
  const label = timed ? t("timer") : t("elapsed");
  const urgent = timed && reading!.remainingMs! <= 30_000;
  return (
    <div
      role="timer"
      aria-label={label}
      className={`rounded-md border px-3 py-1 font-mono tabular-nums ${urgent ? "border-rose-500 font-bold text-rose-700 dark:text-rose-400" : "border-stone-300 dark:border-stone-700"}`}
    >
      <span className="sr-only">{label}: </span>
      {reading ? (timed ? formatRemaining(reading.remainingMs!) : formatDuration(reading.elapsedMs)) : "–:––"}
      {reading?.overTime && <span className="ml-2 font-sans text-sm">{t("overTime")}</span>}
    </div>
  );
}
