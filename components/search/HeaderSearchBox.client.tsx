"use client";

import { useEffect, useRef } from "react";

// Keys typed into these are text, not shortcuts.
const TYPING = "input, textarea, select, [contenteditable=''], [contenteditable='true']";

/**
 * The header's search box: a GET form to /search (Enter submits, without JavaScript too). "/" focuses it from
 * anywhere on the page except while typing in a field.
 */
export function HeaderSearchBox({
  action,
  landmark,
  label,
  placeholder,
}: {
  /** The search page in the current language. */
  action: string;
  landmark: string;
  label: string;
  placeholder: string;
}) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      if (e.target instanceof Element && e.target.closest(TYPING)) return;
      e.preventDefault();
      input.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
  return (
    <form role="search" aria-label={landmark} action={action} method="get">
      <input
        ref={input}
        type="search"
        name="q"
        aria-label={label}
        placeholder={placeholder}
        aria-keyshortcuts="/"
        autoComplete="off"
        className="w-28 rounded-md border border-stone-400 bg-white px-2 py-1 text-sm font-normal sm:w-48 dark:border-stone-600 dark:bg-stone-900"
      />
    </form>
  );
}
