"use client";

import { useTranslations } from "next-intl";
import type { SyncStatus as Status } from "@/lib/local-review/engine-snapshot";

/** Where the learner's ratings are, said plainly: all on the server, waiting to be sent, or kept offline. */
export function SyncStatus({ status }: { status: Status }) {
  const t = useTranslations("review");
  const { online, syncing, waiting, waitingRatings: count, held, refused } = status;
  const main = !online
    ? t("syncOffline", { count })
    : waiting === 0
      ? t("syncAllSaved")
      : syncing
        ? t("syncSaving", { count })
        : t("syncWaiting", { count });
  const tone = !online
    ? "border-amber-400 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    : waiting === 0
      ? "border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100"
      : "border-stone-300 bg-stone-50 text-stone-900 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100";
  return (
    <div role="status" aria-label={t("syncStatus")} className={`rounded-md border px-3 py-1.5 text-sm ${tone}`}>
      <p data-testid="sync-status">{main}</p>
      {held > 0 && <p>{t("syncHeld", { count: held })}</p>}
      {refused.slice(-3).map((reason, i) => (
        <p key={i} className="font-medium text-rose-800 dark:text-rose-200">
          {t("syncRefused", { reason })}
        </p>
      ))}
    </div>
  );
}
