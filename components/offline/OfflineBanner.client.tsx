"use client";

import { useSyncExternalStore } from "react";

function subscribe(onChange: () => void) {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

/**
 * Says plainly, while the browser has no connection, what still works. The live region around it is always in the
 * page, empty and without height while online (not hidden: a hidden region is not announced when its message
 * appears); the message itself is the status, so a page has no empty status while online. The server and the
 * prerendered HTML assume online: nothing shows until the browser says otherwise.
 */
export function OfflineBanner({ message }: { message: string }) {
  const online = useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
  return (
    <div aria-live="polite" className="mx-auto max-w-5xl px-4">
      {online ? null : (
        <p
          role="status"
          className="mt-3 rounded-lg border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-200"
        >
          {message}
        </p>
      )}
    </div>
  );
}
