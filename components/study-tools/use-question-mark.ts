"use client";

import { useEffect, useState } from "react";
import type { MyQuestionMark } from "@/lib/data/question-marks";

export type MarkState = MyQuestionMark | "loading" | "failed";

/**
 * The learner's flag and note on a question. Personal, so the browser asks for it (question pages and the review
 * page are static). Mount it keyed by the question id: a new question starts from "loading".
 */
export function useQuestionMark(questionId: string) {
  const [mark, setMark] = useState<MarkState>("loading");
  useEffect(() => {
    let live = true;
    fetch(`/api/me/marks/${encodeURIComponent(questionId)}`, { cache: "no-store" })
      .then((r) => (r.ok ? (r.json() as Promise<MyQuestionMark>) : Promise.reject(new Error(String(r.status)))))
      .then((body) => live && setMark(body))
      .catch(() => live && setMark("failed"));
    return () => {
      live = false;
    };
  }, [questionId]);
  return [mark, setMark] as const;
}
