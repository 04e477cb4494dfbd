"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { wallClockElapsedMs } from "@/lib/quiz/timer";

/** A timed exam's start, and the server's clock when it rendered the page (to correct a wrong device clock). */
export type WallClock = { startedAtMs: number; serverNowMs: number };

/**
 * Time spent in the quiz. A timed exam (`wall`) reads it off the wall clock from the server's start time, so a
 * hidden tab, a sleeping laptop or a reload never pauses the countdown. Otherwise (practice) it runs only while
 * the page is visible, so a quiz left in a background tab, or resumed another day, does not use up its time.
 * Ticks once a second for the countdown; `elapsed()` is stable and reads the exact value for requests.
 */
export function useQuizClock(startMs: number, wall?: WallClock) {
  const elapsedRef = useRef(startMs);
  const [elapsedMs, setElapsedMs] = useState(startMs);
  const startedAtMs = wall?.startedAtMs;
  const serverNowMs = wall?.serverNowMs;
  useEffect(() => {
    // The device's clock may be off; the server's reading at render time fixes it (late by the page's load time,
    // which only errs towards showing the learner a little more time, and the server's deadline has slack for it).
    const skew = serverNowMs === undefined ? 0 : serverNowMs - Date.now();
    let last = performance.now();
    let visible = document.visibilityState === "visible";
    const tick = () => {
      const now = performance.now();
      if (startedAtMs !== undefined)
        elapsedRef.current = Math.max(startMs, wallClockElapsedMs(startedAtMs, Date.now(), skew));
      else if (visible) elapsedRef.current += now - last;
      last = now;
      visible = document.visibilityState === "visible";
      setElapsedMs(elapsedRef.current);
    };
    tick();
    const timer = setInterval(tick, 1000);
    document.addEventListener("visibilitychange", tick);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", tick);
    };
  }, [startMs, startedAtMs, serverNowMs]);
  const elapsed = useCallback(() => Math.round(elapsedRef.current), []);
  return { elapsedMs, elapsed };
}
