"use client";

import { useEffect } from "react";

const isDark = () => document.documentElement.classList.contains("dark");

/**
 * Renders the page's ```mermaid placeholders. Mounted only on pages that have a diagram. Mermaid (about 180 KB of
 * gzipped JavaScript that then runs for a while) is loaded and run as soon as the page is interactive, not when
 * a diagram scrolls into view: drawn then, the diagram grew from its source's height to its own under the
 * reader's eyes and pushed the text below it down (a layout shift of 0.08). Drawn while the reader is still at the
 * top, it changes nothing they can see. Until it renders (or if it fails) the source stays readable. Diagrams are
 * drawn in the page's theme (the class on <html>) and redrawn when the reader switches it.
 */
export function MermaidDiagrams({ errorLabel }: { errorLabel: string }) {
  useEffect(() => {
    let cancelled = false;
    const figures = Array.from(document.querySelectorAll<HTMLElement>("figure[data-mermaid]"));
    if (figures.length === 0) return;
    // The source is kept: a theme switch redraws from it after the first drawing replaced the <pre>.
    const sources = new Map(figures.map((f) => [f, f.dataset.source ?? f.querySelector("pre")?.textContent ?? ""]));
    let drawnDark: boolean | undefined;
    const draw = async () => {
      const dark = isDark();
      if (drawnDark === dark) return;
      drawnDark = dark;
      const { default: mermaid } = await import("mermaid");
      // The dark theme's edge labels (#ccc on #585858, 4.4:1) miss WCAG AA; a darker label background passes.
      mermaid.initialize({
        startOnLoad: false,
        securityLevel: "strict",
        theme: dark ? "dark" : "default",
        themeVariables: dark ? { edgeLabelBackground: "#3f3f46" } : {},
      });
      for (const [i, figure] of figures.entries()) {
        if (cancelled || drawnDark !== dark) return;
        const source = sources.get(figure) ?? "";
        try {
          const { svg } = await mermaid.render(`mermaid-${i}-${Date.now()}`, source);
          figure.dataset.source = source;
          figure.innerHTML = svg;
          figure.dataset.rendered = "true";
          const svgEl = figure.querySelector("svg");
          svgEl?.setAttribute("role", "img");
          svgEl?.setAttribute("aria-label", source.trim().split("\n")[0]?.trim() ?? "");
        } catch {
          figure.dataset.rendered = "error";
          figure.setAttribute("title", errorLabel);
        }
      }
    };
    const themeObserver = new MutationObserver(() => void draw());
    themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
    void draw();
    return () => {
      cancelled = true;
      themeObserver.disconnect();
    };
  }, [errorLabel]);
  return null;
}
