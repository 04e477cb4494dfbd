"use client";

import { useLocale, useTranslations } from "next-intl";
import type { CardView } from "@/lib/review/card-view";
import { AnswerSections } from "../AnswerSections";
import { htmlLang, SideBySide } from "../SideBySide";

/** The back of a card: model answer, solution and explanation, in both languages when the learner reads both. */
export function CardBack({ card }: { card: CardView }) {
  const t = useTranslations("question");
  const tl = useTranslations("ui.langName");
  const uiLang = useLocale();
  const labels = {
    answer: t("answer"),
    solution: t("solution"),
    explanation: t("explanation"),
    true: t("true"),
    false: t("false"),
  };
  if (!card.second) {
    return (
      <div className="space-y-5">
        <AnswerSections heading="h3" content={card} labels={labels} />
      </div>
    );
  }
  // Headings are UI text: in the other language's column they keep the UI language's `lang`.
  const labelLang = (copy: { lang: string }) =>
    copy.lang === uiLang ? undefined : htmlLang(uiLang === "zh" ? "zh" : "en");
  return (
    <SideBySide
      columns={[card, card.second].map((copy) => ({
        lang: copy.lang,
        label: tl(copy.lang),
        body: <AnswerSections heading="h3" content={copy} labels={labels} labelLang={labelLang(copy)} />,
      }))}
    />
  );
}
