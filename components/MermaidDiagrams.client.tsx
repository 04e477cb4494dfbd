"use client";

import { useEffect } from "react";

/**
 * Renders the page's ```mermaid placeholders. Mounted only on pages that have a diagram, and mermaid itself is
 * loaded on demand, so other pages ship none of it. Until it renders (or if it fails) the source stays readable.
 */
export function MermaidDiagrams({ errorLabel }: { errorLabel: string }) {
  useEffect(() => {
    let cancelled = false;
    const figures = Array.from(document.querySelectorAll<HTMLElement>("figure[data-mermaid]"));
    if (figures.length === 0) return;
    (async () => {
      const { default: mermaid } = await import("mermaid");
      const dark = window.matchMedia("(prefers-color-scheme: dark)").matches;
      // The dark theme's edge labels (#ccc on #585858, 4.4:1) miss WCAG AA; a darker label background passes.
      mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: dark ? "dark" : "default", themeVariables: dark ? { edgeLabelBackground: "#3f3f46" } : {} });
      for (const [i, figure] of figures.entries()) {
        if (cancelled || figure.dataset.rendered) continue;
        const source = figure.querySelector("pre")?.textContent ?? "";
        try {
          const { svg } = await mermaid.render(`mermaid-${i}-${Date.now()}`, source);
          figure.innerHTML = svg;
          figure.dataset.rendered = "true";
          const svgEl = figure.querySelector("svg");
          svgEl?.setAttribute("role", "img");
          svgEl?.setAttribute("aria-label", source.split("\n")[0]?.trim() ?? "diagram");
        } catch {
          figure.dataset.rendered = "error";
          figure.setAttribute("title", errorLabel);
        }
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [errorLabel]);
  return null;
}
