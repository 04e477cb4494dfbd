import { getTranslations } from "next-intl/server";
import { CodeCopyButtons } from "./CodeCopyButtons.client";
import { KatexStyles } from "./KatexStyles";
import { MermaidDiagrams } from "./MermaidDiagrams.client";

type Features = { math: boolean; code: boolean; mermaid: boolean };
type Props = {
  features: Features;
  /** The math is on screen as the page loads (not only on a later question): its fonts are worth preloading. */
  mathShownFirst?: boolean;
};

/**
 * Loads what a piece of rendered content needs and nothing more: KaTeX's stylesheet (and, through it, its
 * fonts) only when there is math, the diagram renderer only when there is a diagram, and copy buttons only when
 * there is code.
 */
export async function ContentStyles({ features, mathShownFirst = true }: Props) {
  const t = await getTranslations("article");
  return (
    <>
      {features.math && <KatexStyles preloadFonts={mathShownFirst} />}
      {features.mermaid && <MermaidDiagrams errorLabel={t("diagramError")} />}
      {features.code && (
        <CodeCopyButtons
          labels={{
            copy: t("copyCode"),
            copied: t("copied"),
            copyManually: t("copyManually"),
            copyManuallyMac: t("copyManuallyMac"),
          }}
        />
      )}
    </>
  );
}
