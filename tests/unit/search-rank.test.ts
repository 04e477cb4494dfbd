import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { Highlighted } from "@/components/search/Highlighted";
import { articleSections } from "@/lib/content/article-sections";
import { parseMarkdown } from "@/lib/content/markdown/parse";
import type { SearchDocument } from "@/lib/search/documents";
import { createSearchCorpus, type SearchCorpus } from "@/lib/search/corpus";
import { createSearchIndex, loadSearchIndex, serializeSearchIndex } from "@/lib/search/engine";
import type { HighlightPart } from "@/lib/search/highlight";
import { SearchParamsSchema } from "@/lib/search/params";
import { runSearch } from "@/lib/search/search";

const doc = (id: string, fields: Partial<SearchDocument>): SearchDocument => ({
  id: `q:${id}:${fields.lang ?? "en"}`,
  kind: "question",
  key: `q:${id}`,
  lang: "en",
  url: `/questions/${id}`,
  topic: "transformer",
  tags: [],
  type: "open",
  difficulty: "medium",
  title: "",
  prompt: "",
  body: "",
  ...fields,
});

const DOCS: SearchDocument[] = [
  doc("self-attention", {
    lang: "zh",
    title: "讲讲自注意力机制",
    prompt: "自注意力机制里查询、键和值各起什么作用？",
    body: "每个位置对所有位置打分。",
  }),
  doc("self-attention", {
    title: "Explain self-attention",
    prompt: "What do queries, keys and values do?",
    body: "Every position scores every other position.",
  }),
  doc("kv-cache", {
    title: "What is the KV cache?",
    prompt: "Why does it speed up generation?",
    body: "Keys and values of past tokens are kept.",
    type: "single",
    difficulty: "easy",
    tags: ["inference"],
  }),
  doc("dropout", {
    title: "Dropout at inference",
    prompt: "What changes at test time?",
    body: "Nothing is dropped; attention layers keep their weights as trained.",
    topic: "training",
  }),
  doc("html", {
    title: "Escaping <script>alert(1)</script> in prompts",
    prompt: "A prompt with <b>markup</b> & ampersands.",
    type: "code",
  }),
  {
    ...doc("x", {}),
    id: "a:transformers:en:0",
    kind: "article",
    key: "a:transformers#0",
    url: "/articles/transformers#attention",
    type: undefined,
    difficulty: undefined,
    title: "Attention",
    context: "Transformers",
    body: "Attention lets each token look at the others.",
  },
];

const corpus = (docs = DOCS): SearchCorpus => createSearchCorpus(createSearchIndex(docs), docs)!;
const find = (q: Record<string, string>, c = corpus()) => runSearch(c, SearchParamsSchema.parse(q), "en");
const urls = (q: Record<string, string>) => find(q).hits.map((h) => h.url);
const marked = (parts: HighlightPart[]) => parts.filter((p) => p.mark).map((p) => p.text);

describe("search ranking", () => {
  it('finds "自注意力机制" for "注意力" and marks the word', () => {
    const { hits } = find({ q: "注意力", lang: "zh" });
    expect(hits.map((h) => h.url)).toEqual(["/questions/self-attention"]);
    expect(marked(hits[0]!.title)).toEqual(["注意力"]);
  });

  it("finds a Chinese word in a longer run however the segmenter cut either", () => {
    const zh = doc("kv-zh", { lang: "zh", title: "什么是KV缓存？" });
    expect(find({ q: "缓存" }, corpus([zh])).total).toBe(1);
    expect(find({ q: "kv 缓" }, corpus([zh])).total).toBe(1);
  });

  it("finds Chinese text the segmenter cut differently, through character pairs", () => {
    // "意力机" is no word of its own; its pairs still occur in "自注意力机制".
    expect(urls({ q: "意力机" })).toEqual(["/questions/self-attention"]);
  });

  it('matches "attentions" and "attending" to "attention"', () => {
    for (const q of ["attentions", "attending"]) expect(urls({ q })).toContain("/articles/transformers#attention");
  });

  it("ranks a title match above a match in the answer", () => {
    const hits = urls({ q: "attention" });
    expect(hits.indexOf("/questions/self-attention")).toBeLessThan(hits.indexOf("/questions/dropout"));
    expect(hits.at(-1)).toBe("/questions/dropout");
  });

  it("matches the last word as a prefix while it is being typed, and forgives a typo in a long word", () => {
    expect(urls({ q: "kv cac" })).toEqual(["/questions/kv-cache"]);
    expect(urls({ q: "atention" })).toContain("/questions/self-attention");
  });

  it("lists a thing once, in the reader's language when both versions match", () => {
    const both = corpus(
      [...DOCS, doc("self-attention", { lang: "zh", title: "self-attention 自注意力" })].filter((d, i) => i !== 0),
    );
    const { hits } = runSearch(both, SearchParamsSchema.parse({ q: "self attention" }), "zh");
    expect(hits.filter((h) => h.url === "/questions/self-attention")).toHaveLength(1);
    expect(hits.find((h) => h.url === "/questions/self-attention")!.lang).toBe("zh");
  });

  it("applies type, difficulty, topic, tag and language filters", () => {
    expect(urls({ q: "keys", type: "single" })).toEqual(["/questions/kv-cache"]);
    expect(urls({ q: "attention", topic: "training" })).toEqual(["/questions/dropout"]);
    expect(urls({ q: "cache", difficulty: "hard" })).toEqual([]);
    expect(urls({ q: "keys", tag: "inference" })).toEqual(["/questions/kv-cache"]);
    expect(find({ q: "注意力", lang: "en" }).total).toBe(0);
  });

  it("lists the matching questions for filters without words, and nothing for an empty search", () => {
    expect(urls({ type: "single" })).toEqual(["/questions/kv-cache"]);
    expect(find({}).total).toBe(0);
  });

  it("falls back to any word when no result has them all", () => {
    expect(urls({ q: "dropout generation" }).sort()).toEqual(["/questions/dropout", "/questions/kv-cache"]);
  });

  it("ranks a result that has more of the words first when falling back to any word", () => {
    // Nothing has all three: one word in a title weighs as much as two in a prompt, but two of the words beat one.
    const one = doc("clipping", { title: "Gradient" });
    const two = doc("schedules", { prompt: "Momentum and warmup" });
    const { hits } = find({ q: "gradient momentum warmup" }, corpus([one, two]));
    expect(hits.map((h) => h.url)).toEqual(["/questions/schedules", "/questions/clipping"]);
  });

  it("gives the same results from an index saved to JSON and loaded again", () => {
    const fresh = corpus();
    const loaded = createSearchCorpus(loadSearchIndex(serializeSearchIndex(fresh.index))!, DOCS)!;
    expect(find({ q: "注意力" }, loaded)).toEqual(find({ q: "注意力" }, fresh));
  });

  it("rejects a saved index it cannot serve, so the server rebuilds it instead of misreading it", () => {
    // An index file written by an older build (MiniSearch's own format), and one of other documents.
    expect(loadSearchIndex(JSON.stringify({ documentCount: 1, serializationVersion: 2, index: [] }))).toBeUndefined();
    expect(createSearchCorpus(createSearchIndex(DOCS.slice(1)), DOCS)).toBeUndefined();
  });

  it("renders highlights as escaped text: content can never inject markup", () => {
    const { hits } = find({ q: "script prompts" });
    const html = renderToStaticMarkup(createElement(Highlighted, { parts: hits[0]!.title }));
    expect(html).toBe(
      'Escaping &lt;<mark class="rounded-sm bg-amber-200 px-0.5 text-stone-950 dark:bg-amber-300/80">script</mark>&gt;alert(1)&lt;/<mark class="rounded-sm bg-amber-200 px-0.5 text-stone-950 dark:bg-amber-300/80">script</mark>&gt; in <mark class="rounded-sm bg-amber-200 px-0.5 text-stone-950 dark:bg-amber-300/80">prompts</mark>',
    );
    expect(html).not.toContain("<script");
  });

  it("cuts a snippet around the first match of a long text", () => {
    const long = doc("long", {
      title: "Long",
      body: `${"filler words here ".repeat(40)}the needle sits here ${"and more words ".repeat(40)}`,
    });
    const { hits } = find({ q: "needle" }, corpus([long]));
    const text = hits[0]!.snippet.map((p) => p.text).join("");
    expect(text.startsWith("…") && text.endsWith("…")).toBe(true);
    expect(text.length).toBeLessThan(230);
    expect(marked(hits[0]!.snippet)).toEqual(["needle"]);
  });
});

describe("article sections", () => {
  it("splits an article at its headings, keeping the anchors and the introduction", () => {
    const tree = parseMarkdown(
      "Intro text.\n\n## First part\n\nAlpha one.\n\n- item a\n- item b\n\n### Detail\n\nBeta.\n",
    );
    const toc = [
      { depth: 2, id: "first-part", text: "First part" },
      { depth: 3, id: "detail", text: "Detail" },
    ];
    expect(articleSections(tree.children, toc)).toEqual([
      { id: "", heading: "", text: "Intro text." },
      { id: "first-part", heading: "First part", text: "Alpha one.\nitem a\nitem b" },
      { id: "detail", heading: "Detail", text: "Beta." },
    ]);
  });
});
