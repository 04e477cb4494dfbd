"use client";

import { useTranslations } from "next-intl";
import type { RefObject } from "react";
import { primaryButton, secondaryButton } from "../ui/styles";

type Props = {
  position: number;
  total: number;
  exam: boolean;
  unanswered: number;
  pending: boolean;
  finishing: boolean;
  /** The hand-in dialog gives focus back here when cancelled. */
  finishRef: RefObject<HTMLButtonElement | null>;
  onGo: (to: number) => void;
  onFinish: () => void;
};

/**
 * Previous / Next, how many are unanswered, and "Finish quiz". In an exam "Next" is the main action until the
 * last question, where finishing takes over.
 */
export function QuizRunnerNav({
  position,
  total,
  exam,
  unanswered,
  pending,
  finishing,
  finishRef,
  onGo,
  onFinish,
}: Props) {
  const t = useTranslations("quiz.runner");
  return (
    <nav
      aria-label={t("navigation")}
      className="flex flex-wrap items-center gap-3 border-t border-stone-200 pt-4 dark:border-stone-800"
    >
      <button
        type="button"
        onClick={() => onGo(position - 1)}
        disabled={position === 0 || pending}
        className={secondaryButton}
      >
        {t("previous")}
      </button>
      <button
        type="button"
        onClick={() => onGo(position + 1)}
        disabled={position === total - 1 || pending}
        className={exam ? primaryButton : secondaryButton}
      >
        {t("next")}
      </button>
      <span className="grow" />
      <span className="text-sm text-stone-700 dark:text-stone-300">{t("unanswered", { count: unanswered })}</span>
      <button
        ref={finishRef}
        type="button"
        onClick={onFinish}
        disabled={finishing || pending}
        className={exam && position < total - 1 ? secondaryButton : primaryButton}
      >
        {finishing ? t("finishing") : t("finish")}
      </button>
    </nav>
  );
}
