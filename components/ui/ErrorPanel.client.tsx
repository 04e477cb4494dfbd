"use client";

import { useEffect } from "react";

type Props = { error: Error & { digest?: string }; reset: () => void; title: string; retry: string; reference: string };

export function ErrorPanel({ error, reset, title, retry, reference }: Props) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div
      role="alert"
      className="space-y-4 rounded-lg border border-rose-300 bg-rose-50 p-6 dark:border-rose-800 dark:bg-rose-950"
    >
      <h1 className="text-xl font-semibold">{title}</h1>
      <p className="text-sm">{error.digest ? `${reference} ${error.digest}` : error.message}</p>
      <button
        type="button"
        onClick={reset}
        className="rounded bg-stone-900 px-3 py-1.5 text-white dark:bg-stone-100 dark:text-stone-900"
      >
        {retry}
      </button>
    </div>
  );
}
