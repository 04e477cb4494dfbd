import { execFileSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { script } from "@/lib/cli/run";
import type { ContentCounts } from "@/lib/content/counts";
import { loadContent } from "@/lib/content/load";
import type { ContentSnapshot } from "@/lib/content/schemas/snapshot";

/** The curriculum's promised amounts and mix, read from `content:check --json` so they cannot silently regress. */
type CheckJson = { ok: boolean; counts: ContentCounts; errors: unknown[]; warnings: unknown[] };

let check: CheckJson;
let snapshot: ContentSnapshot;

beforeAll(async () => {
  const [node, args] = script("lib/cli/content-check.ts", "--json");
  check = JSON.parse(execFileSync(node, args, { encoding: "utf8", maxBuffer: 64 << 20 })) as CheckJson;
  snapshot = (await loadContent({ dir: "content" })).snapshot;
}, 120_000);

const share = (n: number, total: number) => n / total;

describe("the curriculum", () => {
  it("passes the check with zero errors and zero warnings", () => {
    expect(check.ok).toBe(true);
    expect(check.errors).toEqual([]);
    expect(check.warnings).toEqual([]);
  });

  // The 2026 curriculum's floor (issue 18): 200 questions more than the 314 it started from, 17 topics.
  it("has at least 514 questions in 17 topics, at least 20 per topic, every one in both languages", () => {
    const { counts } = check;
    expect(counts.topics).toBeGreaterThanOrEqual(17);
    expect(counts.questions).toBeGreaterThanOrEqual(514);
    expect(Object.keys(counts.byTopic)).toHaveLength(counts.topics);
    for (const [topic, n] of Object.entries(counts.byTopic)) expect(n, topic).toBeGreaterThanOrEqual(20);
    expect(counts.byLang).toEqual({ zh: counts.questions, en: counts.questions });
  });

  it("mixes question types: ≥ 30 % choice, ≥ 10 % cloze, ≥ 25 coding questions", () => {
    const { byType, questions } = check.counts;
    const choice = (byType.single ?? 0) + (byType.multiple ?? 0) + (byType.boolean ?? 0);
    expect(share(choice, questions)).toBeGreaterThanOrEqual(0.3);
    expect(share(byType.cloze ?? 0, questions)).toBeGreaterThanOrEqual(0.1);
    expect(byType.code ?? 0).toBeGreaterThanOrEqual(25);
  });

  it("spreads difficulty: each of easy, medium and hard is at least 20 %", () => {
    const { byDifficulty, questions } = check.counts;
    for (const level of ["easy", "medium", "hard"]) expect(share(byDifficulty[level] ?? 0, questions), level).toBeGreaterThanOrEqual(0.2);
  });

  it("has at least 12 bilingual articles, one per topic, long, with math, diagrams and related questions", () => {
    expect(check.counts.articles).toBeGreaterThanOrEqual(12);
    const topicsWithArticle = new Set(snapshot.articles.map((a) => a.topic));
    for (const t of snapshot.topics) expect(topicsWithArticle.has(t.id), t.id).toBe(true);
    for (const a of snapshot.articles) {
      expect(a.langs.zh && a.langs.en, a.slug).toBeTruthy();
      expect(a.langs.en!.wordCount, a.slug).toBeGreaterThanOrEqual(1200);
      expect(a.langs.en!.toc.length, a.slug).toBeGreaterThanOrEqual(3);
      expect(a.related.length, a.slug).toBeGreaterThanOrEqual(5);
    }
    expect(snapshot.articles.filter((a) => a.langs.en!.features.math).length).toBeGreaterThanOrEqual(8);
    const diagrams = snapshot.articles.reduce((n, a) => n + (a.langs.en!.html.match(/data-mermaid/g)?.length ?? 0), 0);
    expect(diagrams).toBeGreaterThanOrEqual(8);
  });

  it("has at least 8 quiz sets, including a timed mock interview", () => {
    expect(check.counts.quizzes).toBeGreaterThanOrEqual(8);
    expect(snapshot.quizzes.some((q) => (q.timeLimitMinutes ?? 0) >= 30)).toBe(true);
  });
});
