/**
 * How a typed answer is compared: Unicode-normalised (full-width "ＡＢＣ" equals "ABC"), case-insensitive, with
 * surrounding spaces ignored and inner runs of whitespace folded to one space.
 */
export function normalizeAnswer(text: string): string {
  return text.normalize("NFKC").trim().replace(/\s+/g, " ").toLocaleLowerCase("en");
}

/** True when the typed text matches one of the accepted alternatives. */
export function matchesAnswer(typed: string, accepted: readonly string[]): boolean {
  const t = normalizeAnswer(typed);
  return t !== "" && accepted.some((a) => normalizeAnswer(a) === t);
}
