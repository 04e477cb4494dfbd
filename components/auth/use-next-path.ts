"use client";

import { useSyncExternalStore } from "react";

const noChange = () => () => {};
const fromAddress = () => new URLSearchParams(window.location.search).get("next") || "/";

/**
 * Where to go after signing in or up: the address's `?next=` (the sign-in and sign-up pages are prerendered, so
 * they read it in the browser; "/" while prerendering). The server checks it again (lib/auth/next-path.ts) before
 * redirecting anywhere.
 */
export function useNextPath(): string {
  return useSyncExternalStore(noChange, fromAddress, () => "/");
}
