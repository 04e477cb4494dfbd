"use client";

import { useCallback, useEffect, useRef, useState } from "react";

/**
 * Time spent in the quiz: it runs only while the page is visible, so a quiz left in a background tab, or closed
 * and resumed another day, does not use up its time limit. Ticks once a second for the countdown; `elapsed()`
 * is stable and reads the exact value for requests.
 */
export function useQuizClock(startMs: number) {
  const elapsedRef = useRef(startMs);
  const [elapsedMs, setElapsedMs] = useState(startMs);
  useEffect(() => {
    let last = performance.now();
    let visible = document.visibilityState === "visible";
    const tick = () => {
      const now = performance.now();
      if (visible) elapsedRef.current += now - last;
      last = now;
      visible = document.visibilityState === "visible";
      setElapsedMs(elapsedRef.current);
    };
    const timer = setInterval(tick, 1000);
    document.addEventListener("visibilitychange", tick);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", tick);
    };
  }, []);
  const elapsed = useCallback(() => Math.round(elapsedRef.current), []);
  return { elapsedMs, elapsed };
}
