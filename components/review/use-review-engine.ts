"use client";

import { useEffect, useSyncExternalStore } from "react";
import { ReviewEngine } from "@/lib/local-review/engine";
import type { EngineSnapshot } from "@/lib/local-review/engine-snapshot";

let engine: ReviewEngine | undefined;
let server: EngineSnapshot | undefined;

/** The page's one review engine (several components read it; it outlives a client-side navigation). */
export function reviewEngine(): ReviewEngine {
  return (engine ??= new ReviewEngine());
}

/**
 * The local-first review store, started once per page load, kept in step with the connection, and flushed when the
 * page is hidden or left (with keepalive, so the request survives the tab closing).
 */
export function useReviewEngine(): { engine: ReviewEngine; snapshot: EngineSnapshot } {
  const current = reviewEngine();
  const snapshot = useSyncExternalStore(current.subscribe, current.snapshot, () => (server ??= current.snapshot()));
  useEffect(() => {
    if (!snapshot.ready) void current.start();
    const online = () => current.setOnline(true);
    const offline = () => current.setOnline(false);
    const hidden = () => document.visibilityState === "hidden" && void current.flush(true);
    const leaving = () => void current.flush(true);
    window.addEventListener("online", online);
    window.addEventListener("offline", offline);
    document.addEventListener("visibilitychange", hidden);
    window.addEventListener("pagehide", leaving);
    return () => {
      window.removeEventListener("online", online);
      window.removeEventListener("offline", offline);
      document.removeEventListener("visibilitychange", hidden);
      window.removeEventListener("pagehide", leaving);
    };
    // Started once: `ready` turning true must not start it again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current]);
  return { engine: current, snapshot };
}
