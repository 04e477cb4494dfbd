import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/content/schemas/question";
import { cardView } from "@/lib/review/card-view";
import { createScheduler, emptyState } from "@/lib/review/scheduler";

const NOW = new Date("2026-11-22T10:00:00Z");
const lang = (hash: string, title: string) => ({
  title,
  promptHtml:
    '<p>x <span class="cloze" data-cloze="1"><span class="cloze-blank">[…]</span><span class="cloze-answer">KV</span></span></p>',
  text: "",
  promptText: "",
  searchText: { prompt: "", answer: "" },
  hash,
  clozes: [{ index: 1, answers: ["KV", "key-value"] }],
  features: { math: false, code: false, mermaid: false },
  source: { file: "f.md", line: 1 },
});
const question: Question = {
  id: "llm-kv",
  type: "cloze",
  difficulty: "easy",
  tags: [],
  draft: false,
  retired: false,
  topic: "llm",
  bank: "llm/b",
  langs: { en: lang("h-en-2", "KV cache"), zh: lang("h-zh-1", "KV 缓存") },
};
const scheduler = createScheduler(0.9);
const reviewed = (contentHash: string, contentLang: string) => ({
  ...scheduler.rate(emptyState(NOW), 3, NOW).card,
  contentHash,
  contentLang,
});

describe("the card a learner sees", () => {
  it("says 'updated' when the question changed since the learner's last review, in the language they saw", () => {
    expect(
      cardView(question, { questionId: "llm-kv", clozeIndex: 1 }, reviewed("h-en-1", "en"), "en", scheduler, NOW)
        .updated,
    ).toBe(true);
    expect(
      cardView(question, { questionId: "llm-kv", clozeIndex: 1 }, reviewed("h-en-2", "en"), "en", scheduler, NOW)
        .updated,
    ).toBe(false);
    // Switching the UI language is not an edit: the stored hash is compared with the same language's.
    expect(
      cardView(question, { questionId: "llm-kv", clozeIndex: 1 }, reviewed("h-zh-1", "zh"), "en", scheduler, NOW)
        .updated,
    ).toBe(false);
  });

  it("is new before its first rating and carries its blank's accepted answers and the four intervals", () => {
    const view = cardView(question, { questionId: "llm-kv", clozeIndex: 1 }, null, "zh", scheduler, NOW);
    expect(view).toMatchObject({
      isNew: true,
      updated: false,
      lang: "zh",
      title: "KV 缓存",
      clozeAnswers: ["KV", "key-value"],
    });
    expect(view.intervals).toMatchObject({ 1: "1分钟", 2: "6分钟", 3: "10分钟" });
  });
});
