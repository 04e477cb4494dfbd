"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { coverageOf, suggestedRating, type PointVerdict } from "@/lib/coach/point-verdicts";
import type { CardView } from "@/lib/review/card-view";
import type { GradeValue } from "@/lib/review/scheduler";
import { GradeChecklist } from "../coach/GradeChecklist.client";
import { KeyPointChecklist, type PointSuggestion } from "../coach/KeyPointChecklist.client";
import { CardBack } from "./CardBack.client";
import { RatingButtons } from "./RatingButtons.client";

const RATING_KEYS = { 1: "again", 2: "hard", 3: "good", 4: "easy" } as const;

type Props = {
  card: CardView;
  typed: string;
  verdicts: PointVerdict[];
  onVerdicts: (v: PointVerdict[]) => void;
  onRate: (rating: GradeValue) => void;
  firstRef: (el: HTMLButtonElement | null) => void;
  /** Where the rating buttons sit (kept at the bottom of a phone's screen). */
  barClassName?: string;
};

/**
 * The back of the card and the rating. For an open or code card with key points, the candidate ticks the points
 * they covered first; the ticks suggest a rating, marked on its button, which the candidate confirms or overrides.
 */
export function CardCheck({ card, typed, verdicts, onVerdicts, onRate, firstRef, barClassName }: Props) {
  const t = useTranslations("coach");
  const tr = useTranslations("review");
  const points = card.keyPoints;
  const checklist = useRef<HTMLDivElement>(null);
  const [suggestion, setSuggestion] = useState<PointSuggestion>();
  const suggested = points ? suggestedRating(coverageOf(points, verdicts)) : undefined;
  // With a checklist, the first thing to do after the answer is shown is ticking: focus its first point.
  useEffect(() => {
    if (points) checklist.current?.querySelector<HTMLInputElement>("input")?.focus();
  }, [points]);
  return (
    <div className="space-y-5">
      <CardBack card={card} />
      {points && (
        <div ref={checklist} className="space-y-2">
          {!typed.trim() && <p className="text-sm text-stone-700 dark:text-stone-300">{t("noAnswerTyped")}</p>}
          <GradeChecklist
            questionId={card.questionId}
            lang={card.lang}
            answer={typed}
            onSuggestion={(v, s) => {
              onVerdicts(v);
              setSuggestion(s);
            }}
          />
          <KeyPointChecklist
            idPrefix="card"
            points={points}
            verdicts={verdicts}
            onChange={onVerdicts}
            suggestion={suggestion}
            suggestionLine={suggested && t("suggestedRating", { rating: tr(RATING_KEYS[suggested]) })}
          />
        </div>
      )}
      <RatingButtons
        intervals={card.intervals}
        disabled={false}
        onRate={onRate}
        firstRef={firstRef}
        suggested={suggested}
        className={barClassName}
      />
    </div>
  );
}
