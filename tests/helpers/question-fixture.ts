import type { Question, QuestionContent } from "@/lib/content/schemas/question";

/** One language of a minimal question: enough for scheduling and sync tests, with the content hash they compare. */
export const fixtureContent = (
  hash: string,
  clozes?: { index: number; answers: string[] }[],
  keyPoints?: QuestionContent["keyPoints"],
): QuestionContent => ({
  title: "t",
  promptHtml: "<p>p</p>",
  text: "t",
  promptText: "t",
  searchText: { prompt: "p", answer: "" },
  hash,
  clozes,
  keyPoints,
  features: { math: false, code: false, mermaid: false },
  source: { file: "f.md", line: 1 },
});

/**
 * A published question of topic "t", bank "t/b"; a cloze one has blanks 1 and 2; `zh` adds a Chinese copy;
 * `keyPoints` gives it that many key points (the first a must point) in each language.
 */
export function fixtureQuestion(
  id: string,
  type: Question["type"] = "open",
  { zh = false, keyPoints = 0 } = {},
): Question {
  const clozes = type === "cloze" ? [1, 2].map((index) => ({ index, answers: [["a", "b"][index - 1]!] })) : undefined;
  const points = keyPoints
    ? Array.from({ length: keyPoints }, (_, i) => ({
        html: `<p>point ${i + 1}</p>`,
        text: `point ${i + 1}`,
        must: i === 0,
        weight: 1,
      }))
    : undefined;
  return {
    id,
    type,
    difficulty: "easy",
    tags: [],
    draft: false,
    retired: false,
    topic: "t",
    bank: "t/b",
    langs: {
      en: fixtureContent(`${id}-hash`, clozes, points),
      ...(zh && { zh: fixtureContent(`${id}-hash-zh`, clozes, points) }),
    },
  };
}
