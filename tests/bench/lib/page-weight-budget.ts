import type { LibraryName } from "./library-markers";
import type { PageWeight } from "./measure-page-weight";

/** First-load JavaScript per page, gzip as transferred: 120 KB. */
export const JS_BUDGET_BYTES = 120 * 1024;

export type PageWeightSummary = {
  page: string;
  url: string;
  /** What the page's content holds (its HTML and the data it hydrates with), not only what is visible yet. */
  contains: { math: boolean; diagrams: boolean };
  jsFirstLoad: { bytes: number; files: number };
  /** Requested after the load event, on demand (the diagram renderer on pages with diagrams). */
  jsOnDemand: { bytes: number; files: number };
  css: { bytes: number; files: number; katex: boolean };
  fonts: { bytes: number; files: number; katex: number };
  libraryBytes: Record<LibraryName, number>;
  /** How many responses the server sent uncompressed (their size is counted re-gzipped at level 6). */
  regzipped: number;
  failures: string[];
};

const sum = (list: { transferBytes: number }[]) => ({
  bytes: list.reduce((s, r) => s + r.transferBytes, 0),
  files: list.length,
});
const isKatex = (url: string) => /\/katex\/|KaTeX_/.test(url);

/**
 * Applies the budgets: first-load JS ≤ 120 KB; no KaTeX or shiki code anywhere (both run at build time); mermaid
 * only on pages with a diagram; KaTeX's stylesheet and fonts only on pages with math.
 */
export function summarize(page: string, weight: PageWeight): PageWeightSummary {
  const scripts = weight.resources.filter((r) => r.kind === "script");
  const stylesheets = weight.resources.filter((r) => r.kind === "stylesheet");
  const fonts = weight.resources.filter((r) => r.kind === "font");
  // Rendered math and diagram placeholders, also inside the hydration data (a flashcard's hidden answer).
  const contains = { math: /class=\\?"katex/.test(weight.html), diagrams: /data-mermaid/.test(weight.html) };
  const libraryBytes = { katex: 0, mermaid: 0, shiki: 0 };
  for (const s of scripts) for (const lib of s.libraries) libraryBytes[lib] += s.transferBytes;
  const summary: PageWeightSummary = {
    page,
    url: weight.url,
    contains,
    jsFirstLoad: sum(scripts.filter((s) => !s.afterLoad)),
    jsOnDemand: sum(scripts.filter((s) => s.afterLoad)),
    css: { ...sum(stylesheets), katex: stylesheets.some((s) => isKatex(s.url)) },
    fonts: { ...sum(fonts), katex: fonts.filter((f) => isKatex(f.url)).length },
    libraryBytes,
    regzipped: weight.resources.filter((r) => r.compression === "regzip").length,
    failures: [],
  };
  const fail = (why: string) => summary.failures.push(why);
  if (summary.jsFirstLoad.bytes > JS_BUDGET_BYTES)
    fail(`first-load JS ${summary.jsFirstLoad.bytes} B gzip > ${JS_BUDGET_BYTES} B`);
  if (libraryBytes.katex > 0) fail(`${libraryBytes.katex} B of KaTeX JavaScript (math is rendered at build time)`);
  if (libraryBytes.shiki > 0) fail(`${libraryBytes.shiki} B of shiki JavaScript (code is highlighted at build time)`);
  if (libraryBytes.mermaid > 0 && !contains.diagrams)
    fail(`${libraryBytes.mermaid} B of mermaid JavaScript on a page without diagrams`);
  if (summary.css.katex && !contains.math) fail("KaTeX stylesheet loaded on a page without math");
  if (summary.fonts.katex > 0 && !contains.math)
    fail(`${summary.fonts.katex} KaTeX font(s) loaded on a page without math`);
  return summary;
}
