"use client";

import { useRouter } from "@/components/navigation/use-localized-router";
import { useState } from "react";
import type { Lang } from "@/lib/content/schemas/common";
import type { Feedback } from "@/lib/quiz/feedback";
import { CheckedSelfGrade } from "./CheckedSelfGrade.client";

/** Self-grading on the result page: the score above changes, so the page is re-rendered after each grade. */
export function ResultSelfGrade({
  attemptId,
  questionId,
  current,
  keyPoints,
  answer,
  lang,
}: {
  attemptId: string;
  questionId: string;
  current?: string;
  keyPoints?: Feedback["keyPoints"];
  answer: string;
  lang: Lang;
}) {
  const router = useRouter();
  const [grade, setGrade] = useState(current);
  return (
    <CheckedSelfGrade
      attemptId={attemptId}
      questionId={questionId}
      keyPoints={keyPoints}
      answer={answer}
      lang={lang}
      current={grade}
      onGraded={(g) => {
        setGrade(g);
        router.refresh();
      }}
    />
  );
}
