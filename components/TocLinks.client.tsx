"use client";

import { useEffect, useState } from "react";
import type { TocEntry } from "@/lib/content/schemas/article";

/** How far down the viewport a heading must scroll before its section counts as the one being read. */
const READING_LINE = 0.3;

/**
 * The section being read: the last heading above the reading line. The observer's root reaches far above the
 * viewport and stops at the line, so it reports every crossing of the line, even after a jump of many screens.
 */
function useActiveSection(ids: string[]): string | undefined {
  const [active, setActive] = useState<string>();
  const key = ids.join("\n");
  useEffect(() => {
    const headings = key.split("\n").flatMap((id) => document.getElementById(id) ?? []);
    if (headings.length === 0) return;
    const update = () => {
      const line = window.innerHeight * READING_LINE;
      let current: string | undefined;
      for (const heading of headings) {
        if (heading.getBoundingClientRect().top > line) break;
        current = heading.id;
      }
      setActive(current);
    };
    const observer = new IntersectionObserver(update, { rootMargin: `100000px 0px -${(1 - READING_LINE) * 100}% 0px` });
    for (const heading of headings) observer.observe(heading);
    return () => observer.disconnect();
  }, [key]);
  return active;
}

/** Plain anchor links (they work before and without JavaScript); the current section is marked once it runs. */
export function TocLinks({ toc }: { toc: TocEntry[] }) {
  const active = useActiveSection(toc.map((entry) => entry.id));
  return (
    <ol className="space-y-1 border-l border-stone-200 dark:border-stone-800">
      {toc.map((entry) => (
        <li key={entry.id}>
          <a
            href={`#${entry.id}`}
            aria-current={entry.id === active ? "location" : undefined}
            className={`-ml-px block border-l-2 border-transparent py-0.5 text-stone-700 hover:text-amber-800 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600 aria-[current=location]:border-amber-600 aria-[current=location]:text-amber-800 dark:text-stone-300 dark:hover:text-amber-300 dark:aria-[current=location]:border-amber-400 dark:aria-[current=location]:text-amber-300 ${entry.depth === 3 ? "pl-6" : "pl-3"}`}
          >
            {entry.text}
          </a>
        </li>
      ))}
    </ol>
  );
}
