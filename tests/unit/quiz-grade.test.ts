import { describe, expect, it } from "vitest";
import type { GradableContent } from "@/lib/quiz/grade";
import { gradeResponse } from "@/lib/quiz/grade";
import { InvalidInputError } from "@/lib/errors";

const option = (correct: boolean) => ({ html: "<p>x</p>", text: "x", correct });
const single: GradableContent = { options: [option(false), option(true), option(false)] };
// Options 0 and 2 are right, 1 and 3 are wrong.
const multiple: GradableContent = { options: [option(true), option(false), option(true), option(false)] };
const cloze: GradableContent = {
  clozes: [
    { index: 1, answers: ["decoder-only", "decoder only"] },
    { index: 2, answers: ["causal"], hint: "which mask?" },
  ],
};

describe("single choice", () => {
  it("is right only for the correct option", () => {
    expect(gradeResponse("single", single, { type: "single", choice: 1 })).toEqual({ score: 1, correct: true });
    expect(gradeResponse("single", single, { type: "single", choice: 2 })).toEqual({ score: 0, correct: false });
  });

  it("refuses an option that does not exist instead of counting it wrong", () => {
    expect(() => gradeResponse("single", single, { type: "single", choice: 3 })).toThrow(InvalidInputError);
    expect(() => gradeResponse("single", single, { type: "single", choice: 3 })).toThrow(/option 4 does not exist/);
  });

  it("refuses an answer of another type", () => {
    expect(() => gradeResponse("single", single, { type: "boolean", value: true })).toThrow(
      /a single question needs a single answer/,
    );
  });
});

describe("multiple choice", () => {
  it("counts all-or-nothing, and shows partial credit", () => {
    expect(gradeResponse("multiple", multiple, { type: "multiple", choices: [0, 2] })).toEqual({
      score: 1,
      correct: true,
      partial: 1,
    });
    expect(gradeResponse("multiple", multiple, { type: "multiple", choices: [0] })).toEqual({
      score: 0,
      correct: false,
      partial: 0.5,
    });
  });

  it("takes wrong picks off the partial credit, never below zero", () => {
    expect(gradeResponse("multiple", multiple, { type: "multiple", choices: [0, 2, 1] })).toMatchObject({
      correct: false,
      partial: 0.5,
    });
    expect(gradeResponse("multiple", multiple, { type: "multiple", choices: [1, 3] })).toMatchObject({
      score: 0,
      partial: 0,
    });
  });

  it("gives nothing for an empty selection", () => {
    expect(gradeResponse("multiple", multiple, { type: "multiple", choices: [] })).toEqual({
      score: 0,
      correct: false,
      partial: 0,
    });
  });

  it("gives nothing for picking every option (right ones cancelled by wrong ones)", () => {
    expect(gradeResponse("multiple", multiple, { type: "multiple", choices: [0, 1, 2, 3] })).toEqual({
      score: 0,
      correct: false,
      partial: 0,
    });
  });

  it("counts a repeated pick once", () => {
    expect(gradeResponse("multiple", multiple, { type: "multiple", choices: [0, 0, 2] })).toMatchObject({
      correct: true,
    });
  });

  it("refuses an unknown option index", () => {
    expect(() => gradeResponse("multiple", multiple, { type: "multiple", choices: [0, 4] })).toThrow(
      /option 5 does not exist/,
    );
  });
});

describe("true or false", () => {
  it("matches the answer key", () => {
    expect(gradeResponse("boolean", { booleanAnswer: false }, { type: "boolean", value: false })).toEqual({
      score: 1,
      correct: true,
    });
    expect(gradeResponse("boolean", { booleanAnswer: false }, { type: "boolean", value: true })).toEqual({
      score: 0,
      correct: false,
    });
  });
});

describe("cloze", () => {
  const grade = (...blanks: string[]) => gradeResponse("cloze", cloze, { type: "cloze", blanks });

  it("accepts any listed alternative, ignoring case and surrounding spaces", () => {
    expect(grade("  Decoder Only ", "CAUSAL")).toEqual({ score: 1, correct: true, blanks: [true, true] });
    expect(grade("decoder-only", "causal")).toMatchObject({ correct: true });
  });

  it("folds inner runs of whitespace and full-width forms", () => {
    expect(grade("decoder   only", "ｃａｕｓａｌ")).toMatchObject({ correct: true, blanks: [true, true] });
  });

  it("scores the fraction of blanks right, correct only when all are", () => {
    expect(grade("encoder-only", "causal")).toEqual({ score: 0.5, correct: false, blanks: [false, true] });
  });

  it("never accepts an empty blank", () => {
    expect(grade("", "   ")).toEqual({ score: 0, correct: false, blanks: [false, false] });
  });

  it("refuses a different number of blanks than the question has", () => {
    expect(() => grade("decoder-only")).toThrow(/has 2 blanks, the answer filled 1/);
  });
});

describe("open and code answers", () => {
  it("wait for the learner's own grade", () => {
    expect(gradeResponse("open", {}, { type: "open", text: "my answer" })).toEqual({ score: null, correct: null });
  });

  it("count correct as 1, partly as 0.5 and wrong as 0", () => {
    expect(gradeResponse("code", {}, { type: "code", text: "def f(): pass" }, "correct")).toEqual({
      score: 1,
      correct: true,
    });
    expect(gradeResponse("open", {}, { type: "open", text: "" }, "partial")).toEqual({ score: 0.5, correct: false });
    expect(gradeResponse("open", {}, { type: "open", text: "x" }, "wrong")).toEqual({ score: 0, correct: false });
  });
});
