import { describe, expect, it } from "vitest";
import { createSearchCorpus } from "@/lib/search/corpus";
import type { SearchDocument } from "@/lib/search/documents";
import { createSearchIndex } from "@/lib/search/engine";
import { typoCost } from "@/lib/search/evaluate";
import { PAGE_SIZE } from "@/lib/search/page-size";
import { SearchParamsSchema } from "@/lib/search/params";
import { runSearch } from "@/lib/search/search";

const doc = (id: string, title: string, prompt = "", body = ""): SearchDocument => ({
  id: `q:${id}:en`,
  kind: "question",
  key: `q:${id}`,
  lang: "en",
  url: `/questions/${id}`,
  topic: "t",
  tags: [],
  type: "open",
  difficulty: "medium",
  title,
  prompt,
  body,
});

const search = (docs: SearchDocument[], q: string, page?: number) => {
  const corpus = createSearchCorpus(createSearchIndex(docs), docs)!;
  const params = SearchParamsSchema.parse({ q, page });
  return runSearch(corpus, params, "en", PAGE_SIZE, ((params.page ?? 1) - 1) * PAGE_SIZE);
};
const urls = (outcome: { hits: { url: string }[] }) => outcome.hits.map((h) => h.url);

// Agent questions say "agent" often and in short titles, so on score alone they beat the attention question for
// the typo "atention" (one edit from "atent"-"agent" as from "atent"-"attent"): the typo must still find attention.
const AGENTS = ["Defending an agent", "Agent agent loops", "Agent tools", "An agent"].map((t, i) =>
  doc(`agent-${i}`, t, "agent agent agent", "agent"),
);
const ATTENTION = doc(
  "attention",
  "Why is scaled dot-product attention divided by the square root of the key dimension",
  "Explain the scaling of the scores in self-attention for long sequences of tokens in a transformer layer",
);

describe("search ranking: exact, prefix, then typos", () => {
  it('ranks attention questions first for the typo "atention"', () => {
    expect(urls(search([...AGENTS, ATTENTION], "atention"))[0]).toBe("/questions/attention");
  });

  it("finds a word whose typo hid its ending from the stemmer, and ranks it first", () => {
    // "attenion" is not stemmed to "attent" as "attention" is (and is three edits from it); neither is "quantizaton".
    expect(urls(search([...AGENTS, ATTENTION], "attenion"))[0]).toBe("/questions/attention");
    const quant = doc("quant", "Post-training quantization of weights to int8");
    expect(urls(search([...AGENTS, ATTENTION, quant], "quantizaton"))).toEqual(["/questions/quant"]);
    // Nothing close stays nothing.
    expect(urls(search([...AGENTS, ATTENTION, quant], "zyxwvuts"))).toEqual([]);
  });

  it("ranks exact and prefix matches above matches that needed a typo forgiven", () => {
    // "tokens" matches "token" exactly; "taken" is one typo away and says it far more often.
    const docs = [doc("taken", "Taken taken taken", "taken"), doc("token", "Token budgets in long prompts")];
    expect(urls(search(docs, "tokens"))).toEqual(["/questions/token", "/questions/taken"]);
    // "patter" may be "pattern" being typed (a prefix) or "batter" misspelt: the prefix wins.
    const typed = [doc("batter", "Batter batter batter", "batter"), doc("pattern", "Pattern recognition in practice")];
    expect(urls(search(typed, "patter"))).toEqual(["/questions/pattern", "/questions/batter"]);
  });

  it("costs a doubled letter typed once as half a typo, other edits as a whole one", () => {
    expect(typoCost("atent", "attent", 1)).toBe(0.5);
    expect(typoCost("attentt", "attent", 1)).toBe(0.5);
    expect(typoCost("atent", "agent", 1)).toBe(1);
    expect(typoCost("atent", "latent", 1)).toBe(1);
    expect(typoCost("atnet", "attent", 2)).toBe(2);
  });
});

describe("search paging", () => {
  const many = Array.from({ length: 45 }, (_, i) =>
    doc(`q${i}`, `Question ${i} about caching`, "cache ".repeat(1 + (i % 7))),
  );

  it("returns every result once across pages, in one order", () => {
    const pages = [1, 2, 3].map((page) => search(many, "caching", page));
    expect(pages.map((p) => p.total)).toEqual([45, 45, 45]);
    expect(pages.map((p) => p.offset)).toEqual([0, 20, 40]);
    expect(pages.map((p) => p.hits.length)).toEqual([20, 20, 5]);
    const all = pages.flatMap(urls);
    expect(new Set(all).size).toBe(45);
    expect(urls(search(many, "caching"))).toEqual(all.slice(0, 20));
  });

  it("returns an empty page past the end, and refuses a page that is not a whole number from 1", () => {
    expect(search(many, "caching", 4).hits).toEqual([]);
    for (const page of ["0", "-1", "1.5", "x", "501"])
      expect(SearchParamsSchema.safeParse({ q: "a", page }).success, page).toBe(false);
  });
});
