"use client";

import { useEffect } from "react";

/**
 * Registers the service worker (/sw.js, lib/offline/sw.ts) once the page is up. Production builds only: in
 * development the worker is not built, and a cached page would hide the change just saved.
 * `updateViaCache: "none"`: the browser always asks the server whether /sw.js changed, so a new deployment is
 * found at the next visit; the new worker then takes over by itself (skipWaiting + clientsClaim).
 */
export function RegisterServiceWorker() {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    navigator.serviceWorker.register("/sw.js", { scope: "/", updateViaCache: "none" }).catch(() => {
      // No worker (private mode, storage switched off): the site works as before, only not offline.
    });
  }, []);
  return null;
}
