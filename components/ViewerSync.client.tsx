"use client";

import { useEffect } from "react";
import { usePathname } from "next/navigation";
import { VIEWER_HINT_KEY, VIEWER_KINDS, type ViewerKind } from "@/lib/preferences/viewer-hint";
import { usePrivateJson } from "./viewer/use-private-json";

/**
 * Keeps the header's links true to the session: after each page (a sign-in or sign-out navigates), asks /api/me
 * who is here and marks <html data-viewer> (CSS in app/globals.css shows the matching links), remembering it so
 * the next page's boot script shows the right links before its first paint.
 */
export function ViewerSync() {
  const pathname = usePathname();
  const me = usePrivateJson<{ viewer: ViewerKind }>("/api/me", pathname);
  useEffect(() => {
    if (!me || !VIEWER_KINDS.includes(me.viewer)) return;
    applyViewerHint(me.viewer);
  }, [me]);
  return null;
}

export function applyViewerHint(viewer: ViewerKind) {
  const root = document.documentElement;
  if (viewer === "guest") delete root.dataset.viewer;
  else root.dataset.viewer = viewer;
  try {
    localStorage.setItem(VIEWER_HINT_KEY, viewer);
  } catch {
    // Storage switched off: the hint is then applied after each page load instead of before it.
  }
}
