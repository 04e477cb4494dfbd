/**
 * A count message (`{count, plural, =0 {…} one {# …} other {# …}}`) resolved on the server into plain templates,
 * so a client component can say "3 cards due today" without shipping a message formatter: `=0` and `one` as they
 * read, `other` with `{count}` where the number goes.
 */
export type CountLabels = { zero: string; one: string; other: string };

// A number no real count reaches, to find where the message puts the number.
const PROBE = 7_654_321;

export function countLabels(format: (count: number) => string, locale: string): CountLabels {
  const probe = new Intl.NumberFormat(locale).format(PROBE);
  return { zero: format(0), one: format(1), other: format(PROBE).replace(probe, "{count}") };
}

/** The label for `count`, by the language's plural rules, as the message itself would have chosen. */
export function countLabel(labels: CountLabels, count: number, locale: string): string {
  if (count === 0) return labels.zero;
  if (new Intl.PluralRules(locale).select(count) === "one" && count === 1) return labels.one;
  return labels.other.replace("{count}", new Intl.NumberFormat(locale).format(count));
}
