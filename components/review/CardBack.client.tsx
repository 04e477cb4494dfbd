"use client";

import { useLocale, useTranslations } from "next-intl";
import type { CardView } from "@/lib/review/card-view";
import { AnswerSections } from "../AnswerSections";
import { htmlLang, SideBySide } from "../SideBySide";
import { CardMarks } from "../study-tools/CardMarks.client";

/** The back of a card: the answers and, under them, the learner's own flag and private note. */
export function CardBack({ card }: { card: CardView }) {
  return (
    <div className="space-y-5">
      <CardAnswers card={card} />
      <CardMarks key={card.questionId} questionId={card.questionId} />
    </div>
  );
}

/** Model answer, solution and explanation, in both languages when the learner reads both. */
function CardAnswers({ card }: { card: CardView }) {
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
