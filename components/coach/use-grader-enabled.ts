"use client";

import { useEffect, useState } from "react";

let asked: Promise<boolean> | undefined;

/** Whether the server offers "Grade my answer", asked once per page load (a failed request is asked again later). */
export function useGraderEnabled(): boolean {
  const [enabled, setEnabled] = useState(false);
  useEffect(() => {
    let live = true;
    asked ??= fetch("/api/grader", { cache: "no-store" })
      .then((r) => (r.ok ? (r.json() as Promise<{ enabled?: unknown }>) : { enabled: false }))
      .then((body) => body.enabled === true)
      .catch(() => {
        asked = undefined;
        return false;
      });
    void asked.then((on) => live && setEnabled(on));
    return () => {
      live = false;
    };
  }, []);
  return enabled;
}
