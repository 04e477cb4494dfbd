/**
 * KaTeX's stylesheet (which pulls in its fonts as glyphs need them). Rendered only where math is shown; React
 * hoists it into <head> once, and in a transition (the next flashcard) waits for it before showing the math.
 */
export function KatexStyles() {
  return <link rel="stylesheet" href="/katex/katex.min.css" precedence="default" />;
}
