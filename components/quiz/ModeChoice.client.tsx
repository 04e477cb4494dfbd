"use client";

import { useTranslations } from "next-intl";
import type { QuizMode } from "@/lib/quiz/response";

/** Practice or exam, as a radio group with a one-line explanation of each. */
export function ModeChoice({
  value,
  onChange,
  name,
}: {
  value: QuizMode;
  onChange: (mode: QuizMode) => void;
  name: string;
}) {
  const t = useTranslations("quiz.mode");
  return (
    <fieldset className="space-y-2">
      <legend className="font-medium">{t("legend")}</legend>
      {(["practice", "exam"] as const).map((mode) => (
        <label key={mode} className="flex cursor-pointer items-start gap-2 rounded-md p-1">
          <input
            type="radio"
            name={name}
            value={mode}
            checked={value === mode}
            onChange={() => onChange(mode)}
            className="mt-1 size-4 accent-amber-600"
          />
          <span>
            <span className="font-medium">{t(mode)}</span>
            <span className="text-stone-700 dark:text-stone-300"> — {t(`${mode}Help`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
