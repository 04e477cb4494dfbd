"use client";

import { usePathname } from "next/navigation";
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";

type Props = {
  label: string;
  menuLabel: string;
  brand: ReactNode;
  links: ReactNode;
  search: ReactNode;
  controls: ReactNode;
};

/**
 * The site header's navigation. From the md breakpoint up, everything sits on one line as before. On a phone the
 * header is one compact row (name, menu button, search), and the page links, language and theme open under it
 * from the menu button, so the header no longer takes a third of the screen. Escape closes the menu and returns
 * focus to its button; following a link closes it.
 */
export function HeaderNav({ label, menuLabel, brand, links, search, controls }: Props) {
  // The page the menu was opened on: the header stays across client navigations, and a new page starts closed.
  const pathname = usePathname();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== "Escape" || !open) return;
    setOpenOn(null);
    button.current?.focus();
  };
  const panel = open ? "flex" : "hidden md:flex";
  return (
    <nav
      aria-label={label}
      onKeyDown={onKeyDown}
      className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2 md:gap-x-6 md:py-3"
    >
      {brand}
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-links ${id}-controls`}
        onClick={() => setOpenOn(open ? null : pathname)}
        className="inline-flex size-10 shrink-0 items-center justify-center rounded-md border border-stone-300 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600 md:hidden dark:border-stone-700"
      >
        <span className="sr-only">{menuLabel}</span>
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="currentColor">
          {open ? (
            <path d="M5.3 4.3 10 9l4.7-4.7 1 1L11 10l4.7 4.7-1 1L10 11l-4.7 4.7-1-1L9 10 4.3 5.3z" />
          ) : (
            <path d="M3 5h14v1.5H3zm0 4.25h14v1.5H3zm0 4.25h14V15H3z" />
          )}
        </svg>
      </button>
      <div
        id={`${id}-links`}
        className={`${panel} order-1 w-full flex-wrap items-center gap-x-4 gap-y-1 text-sm font-medium md:order-none md:w-auto`}
      >
        {links}
      </div>
      <div className="ml-auto min-w-0">{search}</div>
      <div id={`${id}-controls`} className={`${panel} order-2 w-full items-center gap-2 md:order-none md:w-auto`}>
        {controls}
      </div>
    </nav>
  );
}
