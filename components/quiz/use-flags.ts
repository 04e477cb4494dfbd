"use client";

import { useCallback, useEffect, useState } from "react";

/**
 * Questions the learner flagged to come back to. A flag is a note to themselves, not part of the answer: it lives
 * in this browser's storage under the attempt, so a reload keeps it and nothing is sent to the server.
 */
export function useFlags(attemptId: string, questionIds: readonly string[]) {
  const key = `goldmine:quiz-flags:${attemptId}`;
  const [flagged, setFlagged] = useState<ReadonlySet<string>>(() => new Set());
  // A string, so a new array with the same ids does not read the storage again.
  const known = questionIds.join("\n");

  useEffect(() => {
    try {
      const stored: unknown = JSON.parse(localStorage.getItem(key) ?? "[]");
      const ids = Array.isArray(stored) ? stored.filter((id) => known.split("\n").includes(id)) : [];
      // Read after hydration: the server cannot know this browser's storage.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      if (ids.length > 0) setFlagged(new Set(ids));
    } catch {
      // Unreadable storage (private mode, quota, a hand-edited value): start with no flags.
    }
  }, [key, known]);

  const toggle = useCallback(
    (id: string) =>
      setFlagged((current) => {
        const next = new Set(current);
        if (!next.delete(id)) next.add(id);
        try {
          localStorage.setItem(key, JSON.stringify([...next]));
        } catch {
          // The flag still works for this visit.
        }
        return next;
      }),
    [key],
  );
  return { flagged, toggle };
}
