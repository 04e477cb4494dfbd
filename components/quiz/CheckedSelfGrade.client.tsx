"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { coverageOf, suggestedSelfGrade, type PointVerdict } from "@/lib/coach/point-verdicts";
import type { Feedback } from "@/lib/quiz/feedback";
import type { SelfGrade } from "@/lib/quiz/self-grades";
import type { Lang } from "@/lib/content/schemas/common";
import { GradeChecklist } from "../coach/GradeChecklist.client";
import { KeyPointChecklist, type PointSuggestion } from "../coach/KeyPointChecklist.client";
import { SelfGradeButtons } from "./SelfGradeButtons.client";

type Props = {
  attemptId: string;
  questionId: string;
  keyPoints: Feedback["keyPoints"];
  /** What the learner wrote: what "Grade my answer" sends. */
  answer: string;
  lang: Lang;
  current?: string;
  onGraded: (grade: SelfGrade, feedback: Feedback) => void;
};

/**
 * An open or code answer's self-grade, checked against the key points first when the question has them: the ticks
 * suggest the grade, which the learner confirms (or overrides), and are kept with the answer.
 */
export function CheckedSelfGrade({ attemptId, questionId, keyPoints, answer, lang, current, onGraded }: Props) {
  const t = useTranslations("coach");
  const tq = useTranslations("quiz.runner");
  const [verdicts, setVerdicts] = useState<PointVerdict[]>(() => keyPoints?.map(() => "missing") ?? []);
  const [suggestion, setSuggestion] = useState<PointSuggestion>();
  if (!keyPoints)
    return <SelfGradeButtons attemptId={attemptId} questionId={questionId} current={current} onGraded={onGraded} />;
  const suggested = suggestedSelfGrade(coverageOf(keyPoints, verdicts));
  return (
    <div className="space-y-3">
      <GradeChecklist
        questionId={questionId}
        lang={lang}
        answer={answer}
        onSuggestion={(v, s) => {
          setVerdicts(v);
          setSuggestion(s);
        }}
      />
      <KeyPointChecklist
        suggestion={suggestion}
        idPrefix={`quiz-${questionId}`}
        points={keyPoints}
        verdicts={verdicts}
        onChange={setVerdicts}
        suggestionLine={t("suggestedGrade", { grade: tq(`selfGrade.${suggested}`) })}
      />
      <SelfGradeButtons
        attemptId={attemptId}
        questionId={questionId}
        current={current}
        onGraded={onGraded}
        verdicts={verdicts}
        suggested={suggested}
      />
    </div>
  );
}
