import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/content/schemas/question";
import { contentDisplay, contentViews, parseContentLangPreference } from "@/lib/preferences/content-lang";
import { parseTheme } from "@/lib/preferences/theme";
import { cardView } from "@/lib/review/card-view";
import { createScheduler } from "@/lib/review/scheduler";

const NOW = new Date("2026-11-22T10:00:00Z");
const copy = (title: string, answer: string) => ({
  title,
  promptHtml:
    '<p>x <span class="cloze" data-cloze="1"><span class="cloze-blank">[…]</span><span class="cloze-answer">KV</span></span></p>',
  answerHtml: `<p>${answer}</p>`,
  text: "",
  promptText: "",
  searchText: { prompt: "", answer: "" },
  hash: `h-${title}`,
  clozes: [{ index: 1, answers: ["KV"] }],
  features: { math: false, code: false, mermaid: false },
  source: { file: "f.md", line: 1 },
});
const bilingual: Question = {
  id: "llm-kv",
  type: "cloze",
  difficulty: "easy",
  tags: [],
  draft: false,
  retired: false,
  topic: "llm",
  bank: "llm/b",
  langs: { en: copy("KV cache", "Keys and values"), zh: copy("KV 缓存", "键和值") },
};
const key = { questionId: "llm-kv", clozeIndex: 1 };
const scheduler = createScheduler(0.9);

describe("the content language preference", () => {
  it("follows the UI language by default, can pin one language, or ask for both with the UI language first", () => {
    expect(contentDisplay("ui", "zh")).toEqual({ primary: "zh" });
    expect(contentDisplay("en", "zh")).toEqual({ primary: "en" });
    expect(contentDisplay("zh", "en")).toEqual({ primary: "zh" });
    expect(contentDisplay("both", "en")).toEqual({ primary: "en", second: "zh" });
    expect(contentDisplay("both", "zh")).toEqual({ primary: "zh", second: "en" });
  });

  it("treats a missing or tampered cookie as the default instead of failing", () => {
    expect(parseContentLangPreference(undefined)).toBe("ui");
    expect(parseContentLangPreference("fr")).toBe("ui");
    expect(parseContentLangPreference("both")).toBe("both");
    expect(parseTheme("purple")).toBe("system");
    expect(parseTheme("dark")).toBe("dark");
  });
});

describe("a flashcard in both languages", () => {
  it("carries the other language's title, prompt (blank still hidden) and answer beside the main copy", () => {
    const view = cardView(bilingual, key, null, "en", scheduler, NOW, contentDisplay("both", "en"));
    expect(view.lang).toBe("en");
    expect(view.title).toBe("KV cache");
    expect(view.second).toMatchObject({ lang: "zh", title: "KV 缓存", answerHtml: "<p>键和值</p>" });
    expect(view.second!.promptHtml).toContain("cloze-blank");
    // Buttons still speak the UI language.
    expect(view.intervals[3]).toMatch(/\d+\s*(m|min|h|d)/);
  });

  it("shows only the pinned language, even when the UI is in the other one", () => {
    const view = cardView(bilingual, key, null, "en", scheduler, NOW, contentDisplay("zh", "en"));
    expect(view.lang).toBe("zh");
    expect(view.title).toBe("KV 缓存");
    expect(view.second).toBeUndefined();
  });

  it("has no second copy when the question exists in one language only", () => {
    const englishOnly: Question = { ...bilingual, langs: { en: bilingual.langs.en } };
    expect(cardView(englishOnly, key, null, "en", scheduler, NOW, contentDisplay("both", "en")).second).toBeUndefined();
  });
});

describe("the views a prerendered question page holds", () => {
  it("with both languages: the interface language, the other one and both side by side, each for its choices", () => {
    expect(contentViews(["en", "zh"], "en")).toEqual([
      { preferences: ["ui", "en"], primary: "en", second: undefined, wanted: "en" },
      { preferences: ["zh"], primary: "zh", second: undefined, wanted: "zh" },
      { preferences: ["both"], primary: "en", second: "zh", wanted: "en" },
    ]);
    expect(contentViews(["en", "zh"], "zh")[0]).toEqual({
      preferences: ["ui", "zh"],
      primary: "zh",
      second: undefined,
      wanted: "zh",
    });
  });

  it("with one language: every choice shows it, and a choice of the missing one keeps its note", () => {
    expect(contentViews(["zh"], "en")).toEqual([
      { preferences: ["ui", "en", "both"], primary: "zh", second: undefined, wanted: "en" },
      { preferences: ["zh"], primary: "zh", second: undefined, wanted: "zh" },
    ]);
  });
});
