import { describe, expect, it } from "vitest";
import { isQuizResponse } from "@/lib/quiz/is-quiz-response";
import { QuizResponseSchema } from "@/lib/quiz/response";

// Drafts a returning learner might have in localStorage: valid ones of every type, and what an old version,
// another tab or a hand edit could leave there.
const SAMPLES: [string, unknown][] = [
  ["single", { type: "single", choice: 2 }],
  ["multiple", { type: "multiple", choices: [0, 3] }],
  ["multiple, none picked", { type: "multiple", choices: [] }],
  ["boolean", { type: "boolean", value: false }],
  ["cloze", { type: "cloze", blanks: ["KV cache", ""] }],
  ["open", { type: "open", text: "attention is all you need" }],
  ["code", { type: "code", text: "def f():\n    return 1" }],
  ["negative choice", { type: "single", choice: -1 }],
  ["fractional choice", { type: "single", choice: 1.5 }],
  ["choice as text", { type: "single", choice: "1" }],
  ["51 choices", { type: "multiple", choices: Array.from({ length: 51 }, (_, i) => i) }],
  ["boolean as text", { type: "boolean", value: "true" }],
  ["blank too long", { type: "cloze", blanks: ["x".repeat(501)] }],
  ["blank not text", { type: "cloze", blanks: [1] }],
  ["text too long", { type: "open", text: "x".repeat(20_001) }],
  ["text at the limit", { type: "code", text: "x".repeat(20_000) }],
  ["extra key", { type: "open", text: "a", extra: 1 }],
  ["missing field", { type: "open" }],
  ["unknown type", { type: "essay", text: "a" }],
  ["array", [{ type: "open", text: "a" }]],
  ["null", null],
  ["text", "open"],
];

describe("isQuizResponse, the browser's check of stored quiz drafts", () => {
  it.each(SAMPLES)("answers as QuizResponseSchema does: %s", (_, value) => {
    expect(isQuizResponse(value)).toBe(QuizResponseSchema.safeParse(value).success);
  });

  it("keeps every valid draft and drops the broken ones", () => {
    expect(SAMPLES.filter(([, v]) => isQuizResponse(v)).map(([name]) => name)).toEqual([
      "single",
      "multiple",
      "multiple, none picked",
      "boolean",
      "cloze",
      "open",
      "code",
      "text at the limit",
    ]);
  });
});
