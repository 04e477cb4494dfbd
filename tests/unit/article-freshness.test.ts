import { describe, expect, it } from "vitest";
import { checkArticleFreshness, type ArticleFreshnessItem } from "@/lib/content/article-freshness";
import type { Topic } from "@/lib/content/schemas/topic";

const topic = (id: string, volatile: boolean): Topic => ({
  id,
  order: 1,
  volatile,
  name: { zh: id, en: id },
  description: { zh: id, en: id },
});
const topics = [topic("law", true), topic("math", false)];
const now = new Date("2026-12-06T00:00:00Z");
const claim = { line: 12, column: 40, text: "as of December 2026" };
const article = (slug: string, extra: Partial<ArticleFreshnessItem> = {}): ArticleFreshnessItem => ({
  file: `articles/${slug}.en.md`,
  slug,
  topic: "math",
  lastVerifiedLine: 1,
  sources: [],
  ...extra,
});
const summary = (items: ArticleFreshnessItem[], at = now) =>
  checkArticleFreshness(items, topics, at).map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.severity}`);

describe("dated-claim-unsourced", () => {
  it("warns at the first dated claim of an article without lastVerified or without sources", () => {
    expect(
      summary([
        article("bare", { datedClaim: claim }),
        article("unsourced", { datedClaim: claim, lastVerified: "2026-12-01", lastVerifiedLine: 6 }),
        article("undated", { datedClaim: claim, sources: ["https://example.org"] }),
        article("vouched", { datedClaim: claim, lastVerified: "2026-12-01", sources: ["https://example.org"] }),
        article("no-claim"),
      ]),
    ).toEqual([
      "articles/bare.en.md:12:40 dated-claim-unsourced warning",
      "articles/unsourced.en.md:12:40 dated-claim-unsourced warning",
      "articles/undated.en.md:12:40 dated-claim-unsourced warning",
    ]);
  });

  it("says what is missing and what to add", () => {
    const [bare, unsourced, undated] = checkArticleFreshness(
      [
        article("bare", { datedClaim: claim }),
        article("unsourced", { datedClaim: claim, lastVerified: "2026-12-01" }),
        article("undated", { datedClaim: { ...claim, text: "截至 2026 年 12 月" }, sources: ["https://example.org"] }),
      ],
      topics,
      now,
    ).map((d) => d.message);
    expect(bare).toBe(
      'article "bare" makes a dated claim ("as of December 2026") but has no lastVerified date and no sources: add `lastVerified: YYYY-MM-DD` (the day you checked its dated claims) and the URLs that back them under `sources:` to its frontmatter',
    );
    expect(unsourced).toMatch(/"unsourced" .* but has no sources: add the URLs that back them under `sources:`/);
    expect(undated).toMatch(/\("截至 2026 年 12 月"\) but has no lastVerified date: add `lastVerified: YYYY-MM-DD`/);
  });
});

describe("stale articles", () => {
  it("warns about articles in a volatile topic never verified or verified more than a year ago, at the lastVerified line", () => {
    const sources = ["https://example.org"];
    expect(
      summary([
        article("never", { topic: "law", sources }),
        article("old", { topic: "law", lastVerified: "2025-11-01", lastVerifiedLine: 7, sources }),
        article("recent", { topic: "law", lastVerified: "2026-03-01", lastVerifiedLine: 7, sources }),
        article("stable-topic", { lastVerified: "2020-01-01", lastVerifiedLine: 7, sources }),
      ]),
    ).toEqual(["articles/never.en.md:1:1 stale-fact warning", "articles/old.en.md:7:1 stale-fact warning"]);
    const [never, old] = checkArticleFreshness(
      [article("never", { topic: "law" }), article("old", { topic: "law", lastVerified: "2025-11-01" })],
      topics,
      now,
    ).map((d) => d.message);
    expect(never).toMatch(/^article "never" is in a volatile topic and has no lastVerified date: check its facts/);
    expect(old).toMatch(
      /^article "old" is in a volatile topic and was last verified on 2025-11-01: .*older than 365 days/,
    );
  });

  it("uses the clock it is given", () => {
    const item = article("law-guide", { topic: "law", lastVerified: "2026-12-06", sources: ["https://example.org"] });
    expect(summary([item])).toEqual([]);
    expect(summary([item], new Date("2027-12-07T00:00:00Z"))).toEqual([
      "articles/law-guide.en.md:1:1 stale-fact warning",
    ]);
  });
});
