"use client";

import { useTranslations } from "next-intl";

type Props = {
  questionIds: readonly string[];
  position: number;
  answered: (id: string) => boolean;
  flagged: ReadonlySet<string>;
  disabled: boolean;
  onGo: (position: number) => void;
};

/**
 * Every question as a numbered button: filled when answered, marked ⚑ when flagged, outlined when it is the one on
 * screen. The name says all of it in words ("Question 3, unanswered, flagged"), so nothing rests on colour.
 */
export function QuizNavigator({ questionIds, position, answered, flagged, disabled, onGo }: Props) {
  const t = useTranslations("quiz.runner");
  return (
    <nav aria-label={t("navigator")}>
      <ol className="flex flex-wrap gap-2">
        {questionIds.map((id, i) => {
          const isAnswered = answered(id);
          const isFlagged = flagged.has(id);
          const name = t("navigatorItem", {
            n: i + 1,
            answered: isAnswered ? "yes" : "no",
            flagged: isFlagged ? "yes" : "no",
          });
          return (
            <li key={id}>
              <button
                type="button"
                aria-label={name}
                aria-current={i === position ? "step" : undefined}
                disabled={disabled}
                onClick={() => onGo(i)}
                className={`relative flex h-10 min-w-10 items-center justify-center rounded-md border px-2 font-medium tabular-nums focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600 disabled:opacity-60 ${
                  isAnswered
                    ? "border-amber-600 bg-amber-100 text-stone-950 dark:border-amber-400 dark:bg-amber-900 dark:text-stone-50"
                    : "border-stone-300 border-dashed dark:border-stone-600"
                } ${i === position ? "ring-2 ring-stone-900 ring-offset-2 dark:ring-stone-100 dark:ring-offset-stone-950" : ""}`}
              >
                {i + 1}
                {isFlagged && (
                  <span
                    aria-hidden="true"
                    className="absolute -right-1.5 -top-2 text-sm text-rose-700 dark:text-rose-400"
                  >
                    ⚑
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
