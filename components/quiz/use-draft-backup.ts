"use client";

import { useEffect, useRef } from "react";
import { isQuizResponse } from "@/lib/quiz/is-quiz-response";
import type { QuizResponse } from "@/lib/quiz/response";

type Drafts = Record<string, QuizResponse | undefined>;

/**
 * Keeps answers the learner has typed or picked but not yet submitted in this browser's storage, so a reload or
 * a crashed tab does not lose them. Answers the server has are never overridden; stored drafts are validated.
 */
export function useDraftBackup(
  attemptId: string,
  drafts: Drafts,
  saved: Record<string, boolean>,
  restore: (drafts: Drafts) => void,
) {
  const key = `goldmine:quiz-drafts:${attemptId}`;
  const restored = useRef(false);

  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    try {
      const stored = JSON.parse(localStorage.getItem(key) ?? "{}") as Record<string, unknown>;
      const valid = Object.entries(stored).flatMap(([id, value]) =>
        isQuizResponse(value) && id in drafts && !saved[id] ? [[id, value] as const] : [],
      );
      if (valid.length > 0) restore(Object.fromEntries(valid));
    } catch {
      // Storage unavailable (private mode) or unreadable: nothing to restore.
    }
  }, [key, drafts, saved, restore]);

  useEffect(() => {
    if (!restored.current) return;
    const unsent = Object.fromEntries(Object.entries(drafts).filter(([id, value]) => value && !saved[id]));
    try {
      if (Object.keys(unsent).length > 0) localStorage.setItem(key, JSON.stringify(unsent));
      else localStorage.removeItem(key);
    } catch {
      // Full or unavailable storage: the server copy still holds every submitted answer.
    }
  }, [key, drafts, saved]);
}
