"use client";

import type { PointVerdict } from "@/lib/coach/point-verdicts";
import type { Lang } from "@/lib/content/schemas/common";
import { GradeAnswerButton } from "./GradeAnswerButton.client";
import type { PointSuggestion } from "./KeyPointChecklist.client";
import { useGraderEnabled } from "./use-grader-enabled";

type Props = {
  questionId: string;
  lang: Lang;
  answer: string;
  /** The grader's verdicts become the checklist's ticks, marked as its suggestion, for the learner to confirm. */
  onSuggestion: (verdicts: PointVerdict[], suggestion: PointSuggestion) => void;
};

/** "Grade my answer" beside a key-point checklist, when the deployment has a grader and there is an answer to grade. */
export function GradeChecklist({ questionId, lang, answer, onSuggestion }: Props) {
  const enabled = useGraderEnabled();
  return (
    <GradeAnswerButton
      questionId={questionId}
      lang={lang}
      answer={answer}
      enabled={enabled && answer.trim() !== ""}
      onGraded={(result) =>
        onSuggestion(
          result.verdicts.map((v) => v.verdict),
          { model: result.model, evidence: result.verdicts.map((v) => v.evidence) },
        )
      }
    />
  );
}
