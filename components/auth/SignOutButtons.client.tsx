"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { signOut } from "@/lib/actions/sign-out";

export function SignOutButtons() {
  const t = useTranslations("auth.account");
  const [pending, start] = useTransition();
  const [error, setError] = useState<string>();
  const run = (everywhere: boolean) =>
    start(async () => {
      const result = await signOut({ everywhere });
      if (result && !result.ok) setError(result.error.message);
    });
  return (
    <div className="space-y-3">
      <button
        type="button"
        disabled={pending}
        onClick={() => run(false)}
        className="rounded-md border border-stone-400 px-4 py-2 font-medium hover:bg-stone-100 disabled:opacity-60 dark:border-stone-600 dark:hover:bg-stone-800"
      >
        {t("signOut")}
      </button>
      <div className="space-y-1">
        <button
          type="button"
          disabled={pending}
          onClick={() => run(true)}
          aria-describedby="sign-out-everywhere-help"
          className="rounded-md border border-rose-700 px-4 py-2 font-medium text-rose-800 hover:bg-rose-50 disabled:opacity-60 dark:border-rose-400 dark:text-rose-200 dark:hover:bg-rose-950"
        >
          {t("signOutEverywhere")}
        </button>
        <p id="sign-out-everywhere-help" className="text-sm text-stone-700 dark:text-stone-300">
          {t("signOutEverywhereHelp")}
        </p>
      </div>
      {error && (
        <p role="alert" className="text-sm font-medium text-rose-800 dark:text-rose-300">
          {error}
        </p>
      )}
    </div>
  );
}
