"use client";

import { useEffect } from "react";

/**
 * Registers the service worker (/sw.js, lib/offline/sw.ts) once the page has loaded, so its downloads never compete
 * with the page's own. Production builds only: `npm run dev` does not build the worker, and one left by a
 * production build on the same address would answer development's unhashed files from its cache, so there it is
 * removed. `updateViaCache: "none"`: the browser asks the server whether /sw.js changed at every visit, so a new
 * deployment is found at once; its worker then takes over by itself (skipWaiting + clientsClaim).
 */
export function RegisterServiceWorker() {
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    if (process.env.NODE_ENV !== "production") {
      void navigator.serviceWorker
        .getRegistrations()
        .then((all) => all.forEach((registration) => void registration.unregister()));
      return;
    }
    const register = () =>
      navigator.serviceWorker.register("/sw.js", { scope: "/", updateViaCache: "none" }).catch(() => {
        // No worker (storage switched off, some private modes): the site works as before, only not offline.
      });
    if (document.readyState === "complete") void register();
    else window.addEventListener("load", () => void register(), { once: true });
  }, []);
  return null;
}
