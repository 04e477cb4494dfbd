/**
 * Rendered HTML with insignificant whitespace folded, for comparing two renderings. Markdown keeps a re-wrapped
 * paragraph's line breaks in the HTML ("fits\nnoise" vs "fits noise"), yet a browser shows both the same; only
 * inside <pre> (code, diagrams) does whitespace mean something, so that is left exactly as it is. Runs are folded
 * to one space, never removed: the space in "<em>a</em> <em>b</em>" is text.
 */
export function normalizeHtml(html: string): string {
  return html
    .split(/(<pre\b[\s\S]*?<\/pre>)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\s+/g, " ")))
    .join("")
    .trim();
}
