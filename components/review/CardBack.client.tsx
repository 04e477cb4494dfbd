"use client";

import { useTranslations } from "next-intl";
import type { CardView } from "@/lib/review/card-view";
import { AnswerSections } from "../AnswerSections";

/** The back of a card: model answer, solution and explanation. */
export function CardBack({ card }: { card: CardView }) {
  const t = useTranslations("question");
  return (
    <div className="space-y-5">
      <AnswerSections heading="h3" content={card} labels={{ answer: t("answer"), solution: t("solution"), explanation: t("explanation"), true: t("true"), false: t("false") }} />
    </div>
  );
}
