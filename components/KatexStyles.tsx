import { preload } from "react-dom";

// The faces nearly every formula uses. Fetched with the stylesheet rather than after it, so math is drawn in its
// own font from the first paint instead of moving the text around it when the font arrives.
const COMMON_FONTS = ["KaTeX_Main-Regular", "KaTeX_Math-Italic"];

/**
 * KaTeX's stylesheet (which pulls in its fonts as glyphs need them). Rendered only where math is shown;
 * React hoists it into <head> once, and in a transition (the next flashcard) waits for it before showing the math.
 *
 * `preloadFonts` only where math is on screen as the page loads (an article, a question page). A flashcard session
 * or a quiz loads the stylesheet for math a later card or question shows: fonts preloaded for it went unused, and
 * the browser warned about each ("preloaded using link preload but not used within a few seconds").
 */
export function KatexStyles({ preloadFonts = false }: { preloadFonts?: boolean }) {
  if (preloadFonts)
    for (const font of COMMON_FONTS)
      preload(`/katex/fonts/${font}.woff2`, { as: "font", type: "font/woff2", crossOrigin: "anonymous" });
  // A React 19 stylesheet resource (`precedence`): hoisted and deduplicated by React, which the rule predates.
  // eslint-disable-next-line @next/next/no-css-tags
  return <link rel="stylesheet" href="/katex/katex.min.css" precedence="default" />;
}
