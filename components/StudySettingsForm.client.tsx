"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { updateStudySettings } from "@/lib/actions/update-study-settings";
import type { LearnerSettings } from "@/lib/preferences/study-settings";
import { ErrorSummary } from "@/components/ui/ErrorSummary.client";

function Field({
  name,
  label,
  help,
  error,
  ...input
}: { name: string; label: string; help: string; error?: string } & React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block font-medium">
        {label}
      </label>
      <input
        id={name}
        name={name}
        aria-invalid={!!error}
        aria-describedby={`${name}-help${error ? ` ${name}-error` : ""}`}
        className="w-40 rounded-md border border-stone-400 bg-white px-3 py-2 aria-invalid:border-rose-600 dark:border-stone-600 dark:bg-stone-900"
        {...input}
      />
      <p id={`${name}-help`} className="text-sm text-stone-700 dark:text-stone-300">
        {help}
      </p>
      {error && (
        <p id={`${name}-error`} className="text-sm font-medium text-rose-800 dark:text-rose-300">
          {error}
        </p>
      )}
    </div>
  );
}

export function StudySettingsForm({ settings }: { settings: LearnerSettings }) {
  const t = useTranslations("settings");
  const [state, action, pending] = useActionState(updateStudySettings, undefined);
  const fields = state && !state.ok ? (state.error.fields ?? {}) : {};
  // Controlled, so a refused save keeps what the learner typed (React resets uncontrolled fields after an action).
  const [dailyNewLimit, setDailyNewLimit] = useState(String(settings.dailyNewLimit));
  const [desiredRetention, setDesiredRetention] = useState(String(settings.desiredRetention));
  return (
    <form action={action} noValidate className="space-y-6">
      <ErrorSummary
        title={t("errorSummary")}
        attempt={state}
        items={(["dailyNewLimit", "desiredRetention"] as const).flatMap((name) =>
          fields[name] ? [{ id: name, label: t(name) }] : [],
        )}
      />
      <Field
        name="dailyNewLimit"
        label={t("dailyNewLimit")}
        help={t("dailyNewLimitHelp")}
        error={fields.dailyNewLimit}
        type="number"
        min={0}
        max={500}
        step={1}
        value={dailyNewLimit}
        onChange={(e) => setDailyNewLimit(e.target.value)}
      />
      <Field
        name="desiredRetention"
        label={t("desiredRetention")}
        help={t("desiredRetentionHelp")}
        error={fields.desiredRetention}
        type="number"
        min={0.7}
        max={0.97}
        step={0.01}
        value={desiredRetention}
        onChange={(e) => setDesiredRetention(e.target.value)}
      />
      <p className="text-sm text-stone-700 dark:text-stone-300">
        {t("timeZone")}: <strong>{settings.timeZone}</strong> — {t("timeZoneHelp")}
      </p>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-amber-500 px-4 py-2 font-medium text-stone-950 hover:bg-amber-400 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600 disabled:opacity-60"
      >
        {t("save")}
      </button>
      <p role="status" className="text-sm font-medium">
        {state?.ok && t("saved")}
        {/* A refused field is named in the summary above, in words; only other failures are told here. */}
        {state && !state.ok && !state.error.fields && (
          <span className="text-rose-800 dark:text-rose-300">{state.error.message}</span>
        )}
      </p>
    </form>
  );
}
