/** What a piece of content needs at display time. Apart from the Markdown code: the browser's flashcards use it. */
export type Features = { math: boolean; code: boolean; mermaid: boolean };

/** What a page showing several pieces of content needs: everything any of them needs. */
export function combinedFeatures(list: Features[]): Features {
  return { math: list.some((f) => f.math), code: list.some((f) => f.code), mermaid: list.some((f) => f.mermaid) };
}
