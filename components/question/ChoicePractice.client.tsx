"use client";

import { useTranslations } from "next-intl";
import { use, useId, useState } from "react";
import { RenderedHtml } from "../RenderedHtml";
import { RevealedContext } from "../RevealAnswer.client";
import { OPTION_TEXT, OptionLetter, VerdictWord } from "../ui/OptionParts";

/** An option as the question page offers it: rendered HTML (or, for True/False, a word), and whether it is right. */
export type PracticeOption = { html?: string; label?: string; correct: boolean; explanationHtml?: string };

type Props = {
  options: PracticeOption[];
  multiple: boolean;
  /** True/False is answered by a word, not a lettered option. */
  lettered: boolean;
  /** The interface language, when the question around is in the other one (both languages side by side). */
  labelLang?: string;
};

/**
 * A choice question on its page, practised: the reader picks before the answer is shown, then every option says
 * whether it was right, the picks are marked, and one line says whether the pick as a whole was right.
 */
export function ChoicePractice({ options, multiple, lettered, labelLang }: Props) {
  const t = useTranslations("practice");
  const tq = useTranslations("question");
  const revealed = use(RevealedContext);
  const [picked, setPicked] = useState<number[]>([]);
  const name = useId();
  const toggle = (i: number) =>
    setPicked((p) => (multiple ? (p.includes(i) ? p.filter((x) => x !== i) : [...p, i]) : [i]));
  const right = picked.length > 0 && options.every((o, i) => o.correct === picked.includes(i));
  return (
    <fieldset className="space-y-2">
      <legend lang={labelLang} className="mb-2 text-sm font-medium text-stone-700 dark:text-stone-300">
        {revealed ? tq("options") : multiple ? t("pickAll") : t("pickOne")}
      </legend>
      {options.map((o, i) => {
        const mine = picked.includes(i);
        const tone = !revealed
          ? "border-stone-200 has-[:checked]:border-amber-500 has-[:checked]:bg-amber-50 dark:border-stone-700 dark:has-[:checked]:bg-amber-950/40"
          : o.correct
            ? "border-emerald-500"
            : mine
              ? "border-rose-500"
              : "border-stone-200 dark:border-stone-700";
        return (
          <div key={i} className={`rounded-lg border p-3 ${tone}`} data-correct={revealed ? o.correct : undefined}>
            <label className={`flex items-start gap-3 ${revealed ? "" : "cursor-pointer"}`}>
              <input
                type={multiple ? "checkbox" : "radio"}
                name={name}
                checked={mine}
                disabled={revealed}
                onChange={() => toggle(i)}
                className="mt-1 size-4 shrink-0 accent-amber-600"
              />
              {lettered && <OptionLetter position={i} className="text-stone-600 dark:text-stone-400" />}
              {o.html !== undefined ? (
                <RenderedHtml as="span" html={o.html} className={`${OPTION_TEXT} block prose-p:my-0`} />
              ) : (
                <span lang={labelLang} className={OPTION_TEXT}>
                  {o.label}
                </span>
              )}
            </label>
            {revealed && (
              <div className="mt-2 pl-7 text-sm">
                <p className="flex flex-wrap items-baseline gap-x-2">
                  <VerdictWord correct={o.correct} lang={labelLang}>
                    {o.correct ? tq("correct") : tq("incorrect")}
                  </VerdictWord>
                  {mine && (
                    <span lang={labelLang} className="whitespace-nowrap text-stone-700 dark:text-stone-300">
                      ({t("yourPick")})
                    </span>
                  )}
                </p>
                {o.explanationHtml && <RenderedHtml html={o.explanationHtml} className="prose-sm prose-p:my-1" />}
              </div>
            )}
          </div>
        );
      })}
      <p lang={labelLang} aria-live="polite" className="min-h-6 font-medium">
        {revealed &&
          (picked.length === 0 ? (
            <span className="text-stone-700 dark:text-stone-300">{t("noPick")}</span>
          ) : right ? (
            <span className="text-emerald-800 dark:text-emerald-300">{t("right")}</span>
          ) : (
            <span className="text-rose-800 dark:text-rose-300">{t("wrong")}</span>
          ))}
      </p>
    </fieldset>
  );
}
