import { getFormatter, getTranslations } from "next-intl/server";
import type { Dashboard } from "@/lib/stats/load-dashboard";
import { percentLabel } from "./day-label";

/** The headline numbers, each with what exactly it counts. */
export async function SummaryTiles({ stats }: { stats: Dashboard }) {
  const [t, format] = await Promise.all([getTranslations("dashboard.summary"), getFormatter()]);
  const tiles = [
    { id: "due-today", label: t("dueToday"), value: String(stats.dueToday), hint: t("dueTodayHint") },
    { id: "due-tomorrow", label: t("dueTomorrow"), value: String(stats.dueTomorrow), hint: t("dueTomorrowHint") },
    { id: "reviews-today", label: t("reviewsToday"), value: String(stats.reviewsToday), hint: undefined },
    { id: "streak", label: t("streak"), value: t("streakValue", { count: stats.streak }), hint: t("streakHint") },
    {
      id: "retention",
      label: t("retention"),
      value: stats.retentionOverall === null ? t("none") : percentLabel(format, stats.retentionOverall),
      hint: t("retentionHint"),
    },
  ];
  return (
    <section aria-labelledby="summary-heading" className="space-y-3">
      <h2 id="summary-heading" className="sr-only">
        {t("heading")}
      </h2>
      <dl className="grid gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {tiles.map((tile) => (
          <div
            key={tile.id}
            className="rounded-xl border border-amber-300 bg-amber-50 p-4 dark:border-amber-800 dark:bg-amber-950/40"
          >
            <dt className="text-sm font-medium text-stone-700 dark:text-stone-300">{tile.label}</dt>
            <dd className="mt-1 text-2xl font-bold tabular-nums" data-testid={tile.id}>
              {tile.value}
            </dd>
            {tile.hint && <dd className="mt-1 text-xs text-stone-700 dark:text-stone-300">{tile.hint}</dd>}
          </div>
        ))}
      </dl>
    </section>
  );
}
