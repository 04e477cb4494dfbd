"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { simulateWorkload } from "@/lib/actions/simulate-workload";

/** "What if I do N new cards a day?": the dashboard's simulation at another pace, on demand. */
export function WhatIf({ initial }: { initial: number }) {
  const t = useTranslations("schedule.whatIf");
  const [pending, start] = useTransition();
  const [answer, setAnswer] = useState<string>();
  return (
    <form
      className="flex flex-wrap items-end gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        const newPerDay = Number(new FormData(e.currentTarget).get("newPerDay"));
        start(async () => {
          const result = await simulateWorkload({ newPerDay });
          setAnswer(result.ok ? t("result", result.data) : result.error.message);
        });
      }}
    >
      <label className="space-y-1">
        <span className="block font-medium">{t("label")}</span>
        <input
          type="number"
          name="newPerDay"
          min={0}
          max={500}
          defaultValue={initial}
          className="w-28 rounded-md border border-stone-400 bg-white px-3 py-2 dark:border-stone-600 dark:bg-stone-900"
        />
      </label>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-stone-400 px-4 py-2 font-medium hover:bg-stone-100 disabled:opacity-60 dark:border-stone-600 dark:hover:bg-stone-800"
      >
        {t("submit")}
      </button>
      <p role="status" data-testid="what-if" className="w-full">
        {answer}
      </p>
    </form>
  );
}
