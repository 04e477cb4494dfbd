"use client";

import { useEffect, useRef, type MouseEvent } from "react";

/** One refused field: the id of its input (or of its group) and its label (its message is shown beside it). */
export type ErrorSummaryItem = { id: string; label: string };

/**
 * The list of what to fix, printed ABOVE the form's fields: a heading and one link per refused field, which
 * moves focus into that field. It takes focus when it appears (again after each refused submit), so keyboard
 * and screen-reader users start from it rather than search the form for red text.
 */
export function ErrorSummary({
  title,
  items,
  attempt,
}: {
  title: string;
  items: ErrorSummaryItem[];
  attempt: unknown;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (items.length > 0) box.current?.focus();
    // `attempt` changes with every refused submit (a counter, or the action's result itself), once the refused
    // fields are known, so a second refusal with the same fields still brings focus back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt]);
  if (items.length === 0) return null;
  const go = (id: string) => (e: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(id);
    if (!target) return;
    e.preventDefault();
    target.scrollIntoView({ block: "center" });
    target.focus();
  };
  return (
    <div
      ref={box}
      tabIndex={-1}
      role="alert"
      aria-labelledby={`${items[0]!.id}-summary`}
      className="space-y-2 rounded-md border-2 border-rose-700 p-4 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600 dark:border-rose-400"
    >
      <h2 id={`${items[0]!.id}-summary`} className="font-semibold text-rose-800 dark:text-rose-300">
        {title}
      </h2>
      <ul className="list-disc space-y-1 pl-5">
        {items.map((item) => (
          <li key={item.id}>
            <a
              href={`#${item.id}`}
              onClick={go(item.id)}
              className="text-rose-800 underline underline-offset-2 dark:text-rose-300"
            >
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
