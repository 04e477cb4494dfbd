"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { setQuestionFlag } from "@/lib/actions/set-question-flag";
import { FormAlert } from "../ui/Field";

type Props = { questionId: string; flagged: boolean; onChange: (flagged: boolean) => void };

/** A toggle (aria-pressed) that stars the question; the star fills at once and goes back if saving fails. */
export function FlagButton({ questionId, flagged, onChange }: Props) {
  const t = useTranslations("tools");
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const toggle = () => {
    const next = !flagged;
    onChange(next);
    setError(undefined);
    startTransition(async () => {
      const result = await setQuestionFlag({ questionId, flagged: next });
      if (!result.ok) {
        onChange(!next);
        setError(t("flagFailed", { message: result.error.message }));
      }
    });
  };
  return (
    <div className="space-y-1">
      <button
        type="button"
        aria-pressed={flagged}
        disabled={pending}
        title={t("flagHelp")}
        onClick={toggle}
        className="inline-flex items-center gap-1.5 rounded-md border border-stone-300 px-3 py-1.5 text-sm font-medium whitespace-nowrap hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600 aria-pressed:border-amber-500 aria-pressed:bg-amber-50 dark:border-stone-700 dark:hover:bg-stone-800 dark:aria-pressed:bg-amber-950"
      >
        <span aria-hidden="true" className={flagged ? "text-amber-600 dark:text-amber-400" : ""}>
          {flagged ? "★" : "☆"}
        </span>
        {t("flag")}
      </button>
      <FormAlert message={error} />
    </div>
  );
}
