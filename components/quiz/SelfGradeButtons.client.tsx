"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { selfGradeAnswer } from "@/lib/actions/self-grade-answer";
import { newClientId } from "@/lib/client-id";
import type { Feedback } from "@/lib/quiz/feedback";
import { SELF_GRADES, type SelfGrade } from "@/lib/quiz/self-grades";
import type { PointVerdict } from "@/lib/coach/point-verdicts";
import { secondaryButton } from "../ui/styles";

type Props = {
  attemptId: string;
  questionId: string;
  current?: string;
  onGraded: (grade: SelfGrade, feedback: Feedback) => void;
  /** The key points ticked, sent with the grade and kept with the answer. */
  verdicts?: PointVerdict[];
  /** The grade the ticks suggest: marked, for the learner to confirm or override. */
  suggested?: SelfGrade;
};

/** Correct / Partly / Wrong for an open or code answer, after the model answer is shown. */
export function SelfGradeButtons({ attemptId, questionId, current, onGraded, verdicts, suggested }: Props) {
  const t = useTranslations("quiz.runner");
  const tc = useTranslations("coach");
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  // One id per grade choice until it is saved: a retried click is not counted twice.
  const pendingIds = useRef(new Map<SelfGrade, string>());
  const grade = (g: SelfGrade) =>
    startTransition(async () => {
      const answerId = pendingIds.current.get(g) ?? newClientId();
      pendingIds.current.set(g, answerId);
      const result = await selfGradeAnswer({ attemptId, answerId, questionId, grade: g, verdicts });
      if (!result.ok) return setError(result.error.message);
      pendingIds.current.delete(g);
      setError(undefined);
      if (result.data.status === "graded") onGraded(g, result.data.feedback);
    });
  return (
    <div className="space-y-2">
      <p id={`grade-${questionId}`}>{t("selfGradePrompt")}</p>
      <div role="group" aria-labelledby={`grade-${questionId}`} className="flex flex-wrap gap-2">
        {SELF_GRADES.map((g) => (
          <button
            key={g}
            type="button"
            disabled={pending}
            aria-pressed={current === g}
            aria-describedby={g === suggested ? `grade-suggested-${questionId}` : undefined}
            data-suggested={g === suggested || undefined}
            onClick={() => grade(g)}
            className={`${secondaryButton} aria-pressed:border-amber-500 aria-pressed:bg-amber-100 dark:aria-pressed:bg-amber-900/50 ${g === suggested ? "ring-2 ring-amber-500 ring-offset-2 dark:ring-offset-stone-950" : ""}`}
          >
            {t(`selfGrade.${g}`)}
            {g === suggested && (
              <span id={`grade-suggested-${questionId}`} className="ml-2 text-xs font-semibold uppercase tracking-wide">
                {tc("suggested")}
              </span>
            )}
          </button>
        ))}
      </div>
      {current && <p className="text-sm">{t("gradedAs", { grade: current })}</p>}
      <p role="alert" className="text-sm text-rose-700 empty:hidden dark:text-rose-400">
        {error}
      </p>
    </div>
  );
}
