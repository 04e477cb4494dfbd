import type { ReactNode } from "react";
import { optionLetter } from "@/lib/quiz/client-question";

/*
 * The labels of a choice option, shared by the question page, the quiz runner, its feedback and the results.
 * `main` has `overflow-wrap: anywhere` (nothing may widen a phone's page), which makes every character a place a
 * line may break, so the smallest width of a flex item is one character: beside a long option text, a flex row
 * squeezed the letter into "B / ." and the verdict into "Corre / ct". These labels never shrink nor wrap; the text
 * beside them takes the rest (`OPTION_TEXT`).
 */

/** The class of an option's text beside its letter or verdict: takes the remaining width, may wrap anywhere. */
export const OPTION_TEXT = "min-w-0 flex-1";

/** "B." for the option at this position on screen. */
export function OptionLetter({ position, className = "" }: { position: number; className?: string }) {
  return (
    <span data-option-letter="" className={`shrink-0 whitespace-nowrap font-mono ${className}`}>
      {optionLetter(position)}.
    </span>
  );
}

/** "Correct" or "Incorrect" (or another verdict word), in the verdict's colour, on one line. */
export function VerdictWord({
  correct,
  lang,
  className = "",
  children,
}: {
  correct: boolean;
  lang?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <strong
      lang={lang}
      data-verdict={correct ? "correct" : "incorrect"}
      className={`shrink-0 whitespace-nowrap ${correct ? "text-emerald-700 dark:text-emerald-400" : "text-rose-700 dark:text-rose-400"} ${className}`}
    >
      {children}
    </strong>
  );
}
