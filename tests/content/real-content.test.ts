import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "@/lib/content/diagnostics";
import { loadContent } from "@/lib/content/load";
import { QUESTION_TYPES } from "@/lib/content/schemas/question";

describe("the real content/ folder", () => {
  it("has no errors and no warnings", async () => {
    const { snapshot } = await loadContent({ dir: "content" });
    expect(snapshot.errors.map(formatDiagnostic)).toEqual([]);
    expect(snapshot.warnings.map(formatDiagnostic)).toEqual([]);
  });

  it("exercises every feature: each type twice in both languages, an article with math, a diagram, code and a table, a quiz", async () => {
    const { snapshot } = await loadContent({ dir: "content" });
    for (const type of QUESTION_TYPES) {
      const bilingual = snapshot.questions.filter((q) => q.type === type && q.langs.zh && q.langs.en);
      expect(bilingual.length, type).toBeGreaterThanOrEqual(2);
    }
    const rich = snapshot.articles.filter((a) =>
      (["zh", "en"] as const).every((l) => {
        const c = a.langs[l];
        return c && c.features.math && c.features.mermaid && c.features.code && c.html.includes("<table>");
      }),
    );
    expect(rich.length).toBeGreaterThanOrEqual(1);
    expect(snapshot.quizzes.length).toBeGreaterThanOrEqual(1);
  });
});
