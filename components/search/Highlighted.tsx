import { Fragment } from "react";
import type { HighlightPart } from "@/lib/search/highlight";

/** Matched words in <mark>; everything is rendered as text, so content can never inject markup. */
export function Highlighted({ parts }: { parts: readonly HighlightPart[] }) {
  return parts.map((p, i) =>
    p.mark ? (
      <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-stone-950 dark:bg-amber-300/80">
        {p.text}
      </mark>
    ) : (
      <Fragment key={i}>{p.text}</Fragment>
    ),
  );
}
