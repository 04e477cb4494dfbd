import type { DatedClaim } from "./dated-claims";
import type { Diagnostic } from "./diagnostics";
import { isStale, STALE_AFTER_DAYS, volatileTopicIds } from "./freshness";
import type { Topic } from "./schemas/topic";

/** One language file of an article, with what its frontmatter vouches for and its first dated claim. */
export type ArticleFreshnessItem = {
  file: string;
  slug: string;
  topic: string;
  lastVerified?: string;
  /** The frontmatter line of `lastVerified` (1 when there is none: the top of the frontmatter). */
  lastVerifiedLine: number;
  sources: string[];
  /** The first "as of …" / "截至 … 年" in the body, if any. */
  datedClaim?: DatedClaim;
};

/**
 * The freshness discipline questions already follow, applied to articles. Checked per language file, like
 * `source-missing`: each file's frontmatter is edited on its own, so each file answers for its own dates.
 *
 * - `dated-claim-unsourced`: a dated claim says "this was true when I checked", so the article must record when
 *   that was (`lastVerified`) and what it was checked against (`sources`); reported at the first claim, which
 *   is where a reviewer starts looking.
 * - `stale-fact`: in a volatile topic, an article never verified or verified more than STALE_AFTER_DAYS before
 *   `now` (passed in so the rule is testable with a fixed clock, and `content:check --now` can look ahead).
 */
export function checkArticleFreshness(items: ArticleFreshnessItem[], topics: Topic[], now: Date): Diagnostic[] {
  const volatile = volatileTopicIds(topics);
  const out: Diagnostic[] = [];
  for (const a of items) {
    if (a.datedClaim && (!a.lastVerified || a.sources.length === 0)) {
      const missing = [!a.lastVerified && "no lastVerified date", a.sources.length === 0 && "no sources"].filter(Boolean);
      const add = [
        !a.lastVerified && "`lastVerified: YYYY-MM-DD` (the day you checked its dated claims)",
        a.sources.length === 0 && "the URLs that back them under `sources:`",
      ].filter(Boolean);
      out.push({
        file: a.file,
        line: a.datedClaim.line,
        column: a.datedClaim.column,
        rule: "dated-claim-unsourced",
        message: `article "${a.slug}" makes a dated claim ("${a.datedClaim.text}") but has ${missing.join(" and ")}: add ${add.join(" and ")} to its frontmatter`,
        severity: "warning",
      });
    }
    if (volatile.has(a.topic) && isStale(a.lastVerified, now)) {
      const when = a.lastVerified ? `was last verified on ${a.lastVerified}` : "has no lastVerified date";
      out.push({
        file: a.file,
        line: a.lastVerifiedLine,
        column: 1,
        rule: "stale-fact",
        message: `article "${a.slug}" is in a volatile topic and ${when}: check its facts (and sources), then set lastVerified in its frontmatter (older than ${STALE_AFTER_DAYS} days is stale)`,
        severity: "warning",
      });
    }
  }
  return out;
}
