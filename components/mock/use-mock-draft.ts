"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { POINT_VERDICTS, type PointVerdict } from "@/lib/coach/point-verdicts";

/** Everything about the current question that is not saved yet: a reload or a failed save loses none of it. */
export type MockDraft = {
  /** Kept with the draft, so "Next question" retried after a reload is the same request to the server. */
  answerId: string;
  text: string;
  handedIn: boolean;
  seconds: number;
  verdicts: PointVerdict[];
};

function readDraft(key: string, fallback: MockDraft): MockDraft | undefined {
  try {
    const stored = JSON.parse(sessionStorage.getItem(key) ?? "null") as Partial<MockDraft> | null;
    if (!stored || typeof stored.answerId !== "string" || typeof stored.text !== "string") return undefined;
    const verdicts =
      Array.isArray(stored.verdicts) &&
      stored.verdicts.length === fallback.verdicts.length &&
      stored.verdicts.every((v) => (POINT_VERDICTS as readonly unknown[]).includes(v))
        ? stored.verdicts
        : fallback.verdicts;
    return {
      answerId: stored.answerId,
      text: stored.text,
      handedIn: stored.handedIn === true,
      seconds: typeof stored.seconds === "number" ? stored.seconds : 0,
      verdicts,
    };
  } catch {
    // Storage unavailable (private mode) or unreadable: start from the fallback.
    return undefined;
  }
}

/**
 * The draft of one question, mirrored in this tab's sessionStorage until the server has the answer (then
 * `discard`). sessionStorage, not localStorage: a draft belongs to the tab the round runs in.
 */
export function useMockDraft(key: string, initial: () => MockDraft) {
  const [draft, setDraft] = useState(initial);
  /** False until the stored draft is read: the server renders the empty one, the browser then restores its own. */
  const [ready, setReady] = useState(false);
  const discarded = useRef(false);

  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      setDraft((d) => readDraft(key, d) ?? d);
      setReady(true);
    });
    return () => cancelAnimationFrame(frame);
  }, [key]);

  useEffect(() => {
    if (!ready || discarded.current) return;
    try {
      sessionStorage.setItem(key, JSON.stringify(draft));
    } catch {
      // Full or unavailable storage: the text stays on screen, only a reload would lose it.
    }
  }, [key, draft, ready]);

  const update = useCallback((change: Partial<MockDraft>) => setDraft((d) => ({ ...d, ...change })), []);
  const discard = useCallback(() => {
    discarded.current = true;
    try {
      sessionStorage.removeItem(key);
    } catch {
      // Nothing stored to remove.
    }
  }, [key]);
  return { draft, ready, update, discard };
}
