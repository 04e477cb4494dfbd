"use client";

import { useTranslations } from "next-intl";
import { use, useId, useState } from "react";
import { matchesAnswer } from "@/lib/quiz/answer-match";
import { RevealedContext } from "../RevealAnswer.client";
import { VerdictWord } from "../ui/OptionParts";
import { BlankField } from "../quiz/BlankField";

type Blank = { answers: string[]; hint?: string };

/**
 * A fill-in-the-blanks question on its page, practised: one field per blank to type into before the answer is
 * shown, then each blank says whether what was typed is one of the accepted answers, and lists them.
 */
export function ClozePractice({ blanks, labelLang }: { blanks: Blank[]; labelLang?: string }) {
  const t = useTranslations("practice");
  const tq = useTranslations("question");
  const revealed = use(RevealedContext);
  const [typed, setTyped] = useState(() => blanks.map(() => ""));
  const id = useId();
  return (
    <div lang={labelLang} className="space-y-3">
      <p className="text-sm font-medium text-stone-700 dark:text-stone-300">{t("typeBlanks")}</p>
      <div className="grid gap-3 sm:grid-cols-2">
        {blanks.map((blank, i) => {
          const answer = typed[i] ?? "";
          const right = matchesAnswer(answer, blank.answers);
          return (
            <BlankField
              key={i}
              id={`${id}-${i}`}
              label={blank.hint ? t("blankHint", { n: i + 1, hint: blank.hint }) : t("blank", { n: i + 1 })}
              readOnly={revealed}
              value={answer}
              onChange={(text) => setTyped((all) => all.map((v, j) => (j === i ? text : v)))}
              className="w-full rounded-md border border-stone-400 bg-white px-3 py-2 dark:border-stone-600 dark:bg-stone-900"
            >
              {/* Present from the start, so the verdict is announced when the answer is shown. */}
              <p aria-live="polite" className="flex flex-wrap items-baseline gap-x-2 text-sm empty:hidden">
                {revealed && answer.trim() && (
                  <VerdictWord correct={right}>{right ? tq("correct") : tq("incorrect")}</VerdictWord>
                )}
                {revealed && (
                  <span className="text-stone-700 dark:text-stone-300">
                    {t("accepted", { answers: blank.answers.join(" · ") })}
                  </span>
                )}
              </p>
            </BlankField>
          );
        })}
      </div>
    </div>
  );
}
