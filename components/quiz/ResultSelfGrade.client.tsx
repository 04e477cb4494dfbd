"use client";

import { useRouter } from "@/components/navigation/use-localized-router";
import { useState } from "react";
import { SelfGradeButtons } from "./SelfGradeButtons.client";

/** Self-grading on the result page: the score above changes, so the page is re-rendered after each grade. */
export function ResultSelfGrade({
  attemptId,
  questionId,
  current,
}: {
  attemptId: string;
  questionId: string;
  current?: string;
}) {
  const router = useRouter();
  const [grade, setGrade] = useState(current);
  return (
    <SelfGradeButtons
      attemptId={attemptId}
      questionId={questionId}
      current={grade}
      onGraded={(g) => {
        setGrade(g);
        router.refresh();
      }}
    />
  );
}
