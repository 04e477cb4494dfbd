import { describe, expect, it } from "vitest";
import type { Question, QuestionContent } from "@/lib/content/schemas/question";
import { toClientQuestion } from "@/lib/quiz/client-question";
import { feedbackFor } from "@/lib/quiz/feedback";
import { gradeResponse } from "@/lib/quiz/grade";
import { hashSeed, isPinnedOption, optionOrder, questionOptionOrder } from "@/lib/quiz/option-order";

const opt = (text: string, correct = false) => ({
  html: `<p>${text}</p>`,
  text,
  correct,
  explanationHtml: correct ? undefined : `<p>not ${text}</p>`,
});
const FIVE = ["alpha", "beta", "gamma", "delta", "epsilon"].map((t) => opt(t, t === "gamma"));
const attemptIds = Array.from({ length: 40 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`);

function question(id: string, type: "single" | "multiple", options: ReturnType<typeof opt>[]): Question {
  const content = {
    title: id,
    promptHtml: "<p>Pick.</p>",
    options,
    explanationHtml: "<p>Because.</p>",
    text: "",
    promptText: "",
    searchText: { prompt: "", answer: "" },
    hash: "h",
    features: { math: false, code: false, mermaid: false },
    source: { file: "x.en.md", line: 1 },
  } satisfies QuestionContent;
  return {
    id,
    type,
    difficulty: "easy",
    tags: [],
    draft: false,
    retired: false,
    topic: "t",
    bank: "b",
    langs: { en: content },
  };
}

// Computed once from the algorithm as committed; they must never change.
const GOLDEN_0 = [4, 0, 2, 1, 3];
const GOLDEN_1 = [4, 2, 0, 3, 1];

const isPermutation = (order: number[], n: number) =>
  [...order].sort((a, b) => a - b).join() === [...Array(n).keys()].join();

describe("the option order of one attempt", () => {
  it("is a permutation of the options", () => {
    for (const id of attemptIds) expect(isPermutation(optionOrder(id, "q-five", FIVE), 5)).toBe(true);
  });

  it("is the same every time for the same attempt and question (reloads, feedback, the gradebook)", () => {
    for (const id of attemptIds) expect(optionOrder(id, "q-five", FIVE)).toEqual(optionOrder(id, "q-five", FIVE));
  });

  it("differs between attempts (learners) and between the questions of one attempt", () => {
    const byAttempt = new Set(attemptIds.map((id) => optionOrder(id, "q-five", FIVE).join()));
    expect(byAttempt.size).toBeGreaterThan(15);
    const byQuestion = new Set(attemptIds.map((_, i) => optionOrder(attemptIds[0]!, `q-${i}`, FIVE).join()));
    expect(byQuestion.size).toBeGreaterThan(15);
    // Not a fixed rotation: every option reaches the first place for some attempt.
    expect(new Set(attemptIds.map((id) => optionOrder(id, "q-five", FIVE)[0])).size).toBe(5);
  });

  it("is pinned to this algorithm: changing it would change what old attempts say the student saw", () => {
    expect(hashSeed("")).toBe(0x811c9dc5);
    expect(optionOrder(attemptIds[0]!, "q-five", FIVE)).toEqual(GOLDEN_0);
    expect(optionOrder(attemptIds[1]!, "q-five", FIVE)).toEqual(GOLDEN_1);
  });

  it("keeps 'none of the above' and 'all of the above' (in either language) where the author put them", () => {
    expect(
      ["None of the above.", "all  of the above", "以上都不是", "以上都是。", "以上皆非"].every(isPinnedOption),
    ).toBe(true);
    expect(["None of these", "above all", "Not all of the above are true"].some(isPinnedOption)).toBe(false);
    const withNone = [...FIVE, opt("None of the above")];
    const withBoth = [...FIVE, opt("All of the above"), opt("以上都不是")];
    for (const id of attemptIds) {
      const order = optionOrder(id, "q-none", withNone);
      expect(order.at(-1)).toBe(5);
      expect(isPermutation(order, 6)).toBe(true);
      expect(optionOrder(id, "q-both", withBoth).slice(-2)).toEqual([5, 6]);
    }
    // The other options are still shuffled.
    expect(new Set(attemptIds.map((id) => optionOrder(id, "q-none", withNone).join())).size).toBeGreaterThan(15);
  });

  it("pins an option recognised in either language, so both languages show one order", () => {
    const en = [...FIVE, opt("None of these")];
    const zh = [...["甲", "乙", "丙", "丁", "戊"].map((t) => opt(t)), opt("以上都不是")];
    const q = question("q-bilingual", "single", en);
    q.langs.zh = { ...q.langs.en!, options: zh };
    for (const id of attemptIds) {
      const inEnglish = questionOptionOrder(id, q, en);
      expect(inEnglish.at(-1)).toBe(5);
      expect(questionOptionOrder(id, q, zh)).toEqual(inEnglish);
      expect(toClientQuestion(q, "zh", id).options!.map((o) => o.index)).toEqual(inEnglish);
    }
  });

  it("leaves a question with nothing to shuffle alone", () => {
    expect(optionOrder("a", "q", [opt("only")])).toEqual([0]);
    expect(optionOrder("a", "q", [opt("x"), opt("none of the above")])).toEqual([0, 1]);
    expect(optionOrder("a", "q", [])).toEqual([]);
  });
});

describe("a question as the attempt shows it", () => {
  const single = question("q-five", "single", FIVE);

  it("lists the options in the attempt's order, each carrying its identity (index in the file)", () => {
    const id = attemptIds[3]!;
    const shown = toClientQuestion(single, "en", id);
    expect(shown.options!.map((o) => o.index)).toEqual(optionOrder(id, "q-five", FIVE));
    for (const o of shown.options!) expect(o.html).toBe(FIVE[o.index]!.html);
    // Outside an attempt (no id) the file order is kept.
    expect(toClientQuestion(single, "en").options!.map((o) => o.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it("grades the option picked on screen by its identity, whatever position it was shown at", () => {
    for (const id of attemptIds) {
      const shown = toClientQuestion(single, "en", id).options!;
      // The learner clicks the screen position where "gamma" is; the answer records that option's index.
      const position = shown.findIndex((o) => o.html === "<p>gamma</p>");
      const choice = shown[position]!.index;
      expect(choice).toBe(2);
      expect(gradeResponse("single", single.langs.en!, { type: "single", choice })).toEqual({
        score: 1,
        correct: true,
      });
      // Answering by the screen position instead would be wrong whenever the order moved gamma.
      if (position !== 2)
        expect(gradeResponse("single", single.langs.en!, { type: "single", choice: position }).correct).toBe(false);
    }
  });

  it("grades multiple choice by identity and keeps the feedback keyed by identity", () => {
    const options = [opt("a", true), opt("b"), opt("c", true), opt("d"), opt("None of the above")];
    const multiple = question("q-multi", "multiple", options);
    const content = multiple.langs.en!;
    for (const id of attemptIds.slice(0, 10)) {
      const shown = toClientQuestion(multiple, "en", id).options!;
      const choices = shown.filter((o) => o.html === "<p>a</p>" || o.html === "<p>c</p>").map((o) => o.index);
      const verdict = gradeResponse("multiple", content, { type: "multiple", choices });
      expect(verdict.correct).toBe(true);
      const feedback = feedbackFor("multiple", content, verdict);
      expect(feedback.correctOptions).toEqual([0, 2]);
      expect(
        shown
          .filter((o) => feedback.correctOptions!.includes(o.index))
          .map((o) => o.html)
          .sort(),
      ).toEqual(["<p>a</p>", "<p>c</p>"]);
      expect(shown.at(-1)!.index).toBe(4);
    }
  });
});
