"use client";

import { useTranslations } from "next-intl";
import { RenderedHtml } from "../RenderedHtml";
import type { CardView } from "@/lib/review/card-view";

function Section({ title, html }: { title: string; html?: string }) {
  if (!html) return null;
  return (
    <section className="space-y-2">
      <h3 className="text-sm font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400">{title}</h3>
      <RenderedHtml html={html} />
    </section>
  );
}

/** The back of a card: model answer, solution and explanation. */
export function CardBack({ card }: { card: CardView }) {
  const t = useTranslations("question");
  return (
    <div className="space-y-5">
      {card.type === "boolean" && card.booleanAnswer !== undefined && (
        <section className="space-y-1">
          <h3 className="text-sm font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400">{t("answer")}</h3>
          <p className="text-lg font-semibold">{card.booleanAnswer ? t("true") : t("false")}</p>
        </section>
      )}
      <Section title={t("answer")} html={card.answerHtml} />
      <Section title={t("solution")} html={card.solutionHtml} />
      <Section title={t("explanation")} html={card.explanationHtml} />
    </div>
  );
}
