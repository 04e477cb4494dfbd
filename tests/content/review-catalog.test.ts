import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import type { ContentSnapshot } from "@/lib/content/schemas/snapshot";
import { cardContentOf, cardContentVersion } from "@/lib/review/card-content";
import { cardView } from "@/lib/review/card-view";
import { catalogScopeLabel, reviewCatalogOf } from "@/lib/review/catalog";
import { createScheduler } from "@/lib/review/scheduler";
import { cardKeysInScope, questionsInScope, type ReviewScope } from "@/lib/review/scope";

let snapshot: ContentSnapshot;
beforeAll(async () => ({ snapshot } = await loadContent({ dir: "content" })));

/** Every scope a learner can open: everything, each topic, bank, tag and article, and some that name nothing. */
function allScopes(s: ContentSnapshot): ReviewScope[] {
  return [
    {},
    ...s.topics.map((t) => ({ topic: t.id })),
    ...s.banks.map((b) => ({ bank: b.key })),
    ...[...new Set(s.questions.flatMap((q) => q.tags))].map((tag) => ({ tag })),
    ...s.articles.map((a) => ({ article: a.slug })),
    { topic: "nope" },
    { bank: "nope/nope" },
    { tag: "nope" },
    { article: "nope" },
  ];
}

describe("the review catalog the browser builds its queue from", () => {
  it("holds, for every scope, exactly the cards the server's queue would draw from, in the same order", () => {
    const catalog = reviewCatalogOf(snapshot);
    for (const scope of allScopes(snapshot)) {
      const server = questionsInScope(snapshot, scope);
      const browser = questionsInScope(catalog, scope);
      expect(browser && cardKeysInScope(browser), JSON.stringify(scope)).toEqual(server && cardKeysInScope(server));
    }
  });

  it("names scopes as the page title does, in both languages", () => {
    const catalog = reviewCatalogOf(snapshot);
    const topic = snapshot.topics[0]!;
    expect(catalogScopeLabel(catalog, { topic: topic.id }, "en")).toBe(topic.name.en);
    expect(catalogScopeLabel(catalog, { topic: topic.id }, "zh")).toBe(topic.name.zh);
    expect(catalogScopeLabel(catalog, { tag: "rag" }, "en")).toBe("#rag");
    expect(catalogScopeLabel(catalog, {}, "en")).toBeUndefined();
  });

  it("changes its version when one question's content changes, and only that question's address changes", () => {
    const before = reviewCatalogOf(snapshot);
    const [first, ...rest] = snapshot.questions.filter((q) => !q.draft && !q.retired);
    const edited = { ...first!, langs: { ...first!.langs, en: { ...first!.langs.en!, hash: "edited-hash" } } };
    const after = reviewCatalogOf({ ...snapshot, questions: [edited, ...rest] });
    expect(after.version).not.toBe(before.version);
    const changed = after.questions.filter((q, i) => q.v !== before.questions[i]!.v).map((q) => q.id);
    expect(changed).toEqual([first!.id]);
  });

  it("is small enough to download with the page (under 40 KB gzipped for the whole bank)", () => {
    expect(gzipSync(JSON.stringify(reviewCatalogOf(snapshot))).length).toBeLessThan(40_000);
  });

  it("a card shown from the static content is the card the server showed from the question", () => {
    const scheduler = createScheduler(0.9);
    const now = new Date("2026-12-07T09:00:00Z");
    for (const question of snapshot.questions.slice(0, 60)) {
      const content = cardContentOf(question);
      expect(cardContentVersion(content)).toBe(cardContentVersion(question));
      const key = { questionId: question.id, clozeIndex: question.type === "cloze" ? 1 : 0 };
      for (const display of [{ primary: "en" as const }, { primary: "zh" as const, second: "en" as const }])
        expect(cardView(content, key, null, "en", scheduler, now, display)).toEqual(
          cardView(question, key, null, "en", scheduler, now, display),
        );
    }
  });
});
