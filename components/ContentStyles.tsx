import { getTranslations } from "next-intl/server";
import { MermaidDiagrams } from "./MermaidDiagrams.client";

type Features = { math: boolean; mermaid: boolean };

/**
 * Loads what a piece of rendered content needs and nothing more: KaTeX's stylesheet (and, through it, its
 * fonts) only when there is math, and the diagram renderer only when there is a diagram.
 */
export async function ContentStyles({ features }: { features: Features }) {
  const t = await getTranslations("article");
  return (
    <>
      {features.math && <link rel="stylesheet" href="/katex/katex.min.css" precedence="default" />}
      {features.mermaid && <MermaidDiagrams errorLabel={t("diagramError")} />}
    </>
  );
}
