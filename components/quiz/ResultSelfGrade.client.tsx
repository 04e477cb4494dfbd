"use client";

import { useRouter } from "@/components/navigation/use-localized-router";
import { useState } from "react";
import type { Feedback } from "@/lib/quiz/feedback";
import { CheckedSelfGrade } from "./CheckedSelfGrade.client";

/** Self-grading on the result page: the score above changes, so the page is re-rendered after each grade. */
export function ResultSelfGrade({
  attemptId,
  questionId,
  current,
  keyPoints,
}: {
  attemptId: string;
  questionId: string;
  current?: string;
  keyPoints?: Feedback["keyPoints"];
}) {
  const router = useRouter();
  const [grade, setGrade] = useState(current);
  return (
    <CheckedSelfGrade
      attemptId={attemptId}
      questionId={questionId}
      keyPoints={keyPoints}
      current={grade}
      onGraded={(g) => {
        setGrade(g);
        router.refresh();
      }}
    />
  );
}
