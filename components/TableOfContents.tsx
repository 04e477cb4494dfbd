import type { TocEntry } from "@/lib/content/schemas/article";
import { TocLinks } from "./TocLinks.client";

type Props = { toc: TocEntry[]; label: string };

/** Wide screens: a side column that stays in view while the article scrolls past it. */
export function TableOfContents({ toc, label }: Props) {
  if (toc.length === 0) return null;
  return (
    <nav aria-label={label} className="sticky top-6 max-h-[calc(100dvh-3rem)] overflow-y-auto text-sm">
      <h2 className="mb-2 font-semibold">{label}</h2>
      <TocLinks toc={toc} />
    </nav>
  );
}

/** Narrow screens: folded away at the top of the article, so the text starts on the first screen. */
export function CollapsibleTableOfContents({ toc, label }: Props) {
  if (toc.length === 0) return null;
  return (
    <details className="rounded-lg border border-stone-200 p-3 text-sm dark:border-stone-800">
      <summary className="cursor-pointer font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600">
        {label}
      </summary>
      <nav aria-label={label} className="mt-3">
        <TocLinks toc={toc} />
      </nav>
    </details>
  );
}
