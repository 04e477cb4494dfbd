"use client";

import { useTranslations } from "next-intl";
import type { ReviewCatalog } from "@/lib/review/catalog";
import type { PlanWindow } from "@/lib/review/placer";
import { planProgress } from "@/lib/review/plan-progress";

type Props = {
  plans: PlanWindow[] | undefined;
  catalog: ReviewCatalog;
  cards: ReadonlyMap<string, { state: number }>;
  now: Date;
};

/** The next interview plan, in one line above the card: what is left to meet and the pace it needs. */
export function PlanLine({ plans, catalog, cards, now }: Props) {
  const t = useTranslations("reviewPlan");
  const plan = plans?.[0];
  if (!plan) return null;
  const { date, left, perDay } = planProgress(plan, catalog, cards, now);
  return (
    <p data-testid="review-plan" className="text-sm text-stone-700 dark:text-stone-300">
      {t("line", { date, left, perDay })}
    </p>
  );
}
