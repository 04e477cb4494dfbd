"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { saveInterviewPlan } from "@/lib/actions/save-interview-plan";

type Option = { value: string; label: string };

/** The interview-date form: date, scope, target retention; the page recomputes the plan once it is saved. */
export function PlanForm({ scopes, today }: { scopes: Option[]; today: string }) {
  const t = useTranslations("schedule.plan");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string>();
  return (
    <form
      className="flex flex-wrap items-end gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        start(async () => {
          const result = await saveInterviewPlan({
            date: String(form.get("date")),
            scope: String(form.get("scope")),
            targetRetention: Number(form.get("targetRetention")),
          });
          if (result.ok) {
            setError(undefined);
            router.refresh();
          } else setError(result.error.message);
        });
      }}
    >
      <label className="space-y-1">
        <span className="block font-medium">{t("date")}</span>
        <input
          type="date"
          name="date"
          required
          min={today}
          className="rounded-md border border-stone-400 bg-white px-3 py-2 dark:border-stone-600 dark:bg-stone-900"
        />
      </label>
      <label className="space-y-1">
        <span className="block font-medium">{t("scope")}</span>
        <select
          name="scope"
          className="max-w-64 rounded-md border border-stone-400 bg-white px-3 py-2 dark:border-stone-600 dark:bg-stone-900"
        >
          {scopes.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <label className="space-y-1">
        <span className="block font-medium">{t("targetRetention")}</span>
        <input
          type="number"
          name="targetRetention"
          min={0.7}
          max={0.99}
          step={0.01}
          defaultValue={0.9}
          className="w-28 rounded-md border border-stone-400 bg-white px-3 py-2 dark:border-stone-600 dark:bg-stone-900"
        />
      </label>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-amber-500 px-4 py-2 font-medium text-stone-950 hover:bg-amber-400 disabled:opacity-60"
      >
        {pending ? t("saving") : t("save")}
      </button>
      {error && (
        <p role="alert" className="w-full text-sm font-medium text-rose-800 dark:text-rose-300">
          {error}
        </p>
      )}
    </form>
  );
}
