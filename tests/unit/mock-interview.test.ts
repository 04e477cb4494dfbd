import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/content/schemas/question";
import { sectionLinkingTo } from "@/lib/coach/explainer-section";
import { questionAppearedAt, readClock, secondsTaken } from "@/lib/coach/mock-clock";
import { askableInMock, drawMockQuestions, mockPool } from "@/lib/coach/mock-plan";
import { answerCoverage, needsReview, parseVerdicts, roundScore } from "@/lib/coach/mock-score";
import { seededRandom } from "@/lib/quiz/random";
import { fixtureContent, fixtureQuestion } from "../helpers/question-fixture";

const point = (must = false, weight = 1) => ({ html: "<p>p</p>", text: "p", must, weight });

/** An open (or other) question of a topic, with key points in English unless told otherwise. */
function question(
  id: string,
  topic: string,
  extra: Partial<Question> = {},
  points = [point(), point(), point()],
): Question {
  const q = fixtureQuestion(id, "open");
  return { ...q, topic, langs: { en: { ...fixtureContent(`${id}-hash`), keyPoints: points } }, ...extra };
}

const bank: Question[] = [
  ...["a1", "a2", "a3", "a4"].map((id) => question(id, "alpha")),
  ...["b1", "b2"].map((id) => question(id, "beta")),
  question("c1", "gamma", { type: "code" }),
  question("single-one", "alpha", { type: "single" }),
  question("draft-one", "alpha", { draft: true }),
  question("retired-one", "alpha", { retired: true }),
  question("no-points", "alpha", {}, []),
  // Key points in English only: shown in Chinese it would have no checklist.
  question("half-points", "alpha", {
    langs: { en: { ...fixtureContent("h"), keyPoints: [point()] }, zh: fixtureContent("hz") },
  }),
];
const sets = (slug: string) =>
  ({
    listed: { questions: ["a1", "b1", "single-one", "retired-one", "unknown"] },
    rule: { select: { topics: ["beta", "gamma"], tags: [], types: [], difficulty: [], count: 1 } },
  })[slug];

describe("which questions a mock interview can ask", () => {
  it("only published open and code questions with key points in every language they have", () => {
    expect(bank.filter(askableInMock).map((q) => q.id)).toEqual(["a1", "a2", "a3", "a4", "b1", "b2", "c1"]);
  });

  it("draws from the picked topics, or from a quiz set's list or rule (not its count)", () => {
    expect(mockPool(bank, { topics: ["beta", "gamma"] }, sets).map((q) => q.id)).toEqual(["b1", "b2", "c1"]);
    expect(mockPool(bank, { quiz: "listed" }, sets).map((q) => q.id)).toEqual(["a1", "b1"]);
    expect(mockPool(bank, { quiz: "rule" }, sets).map((q) => q.id)).toEqual(["b1", "b2", "c1"]);
    expect(mockPool(bank, { quiz: "missing" }, sets)).toEqual([]);
  });
});

describe("drawing a round", () => {
  const pool = bank.filter(askableInMock);

  it("is the same for the same seed and differs across seeds, without repeats", () => {
    const draw = (seed: number) => drawMockQuestions(pool, 5, seededRandom(seed));
    expect(draw(7)).toEqual(draw(7));
    expect(new Set(draw(7)).size).toBe(5);
    const all = new Set(Array.from({ length: 20 }, (_, seed) => draw(seed).join()));
    expect(all.size).toBeGreaterThan(1);
  });

  it("deals the topics in turns, so three questions from three topics ask one of each", () => {
    for (let seed = 0; seed < 20; seed++) {
      const ids = drawMockQuestions(pool, 3, seededRandom(seed));
      expect(new Set(ids.map((id) => id[0])), `seed ${seed}`).toEqual(new Set(["a", "b", "c"]));
    }
  });

  it("returns fewer than asked only when the pool is smaller", () => {
    expect(drawMockQuestions(pool.slice(0, 2), 3, seededRandom(1))).toHaveLength(2);
  });
});

describe("the per-question clock", () => {
  const start = new Date("2026-12-07T10:00:00Z");
  const at = (s: number) => new Date(start.getTime() + s * 1000);

  it("starts the first question with the round and each next one when the previous answer was saved", () => {
    expect(questionAppearedAt(start, [])).toEqual(start);
    expect(questionAppearedAt(start, [at(90), at(200)])).toEqual(at(200));
  });

  it("counts down from the per-question time, from when the question appeared, however long the tab was hidden", () => {
    expect(readClock(start.getTime(), 120, at(45).getTime())).toEqual({
      elapsedMs: 45_000,
      remainingMs: 75_000,
      overTime: false,
    });
    expect(readClock(start.getTime(), 120, at(600).getTime())).toEqual({
      elapsedMs: 600_000,
      remainingMs: 0,
      overTime: true,
    });
  });

  it("shows the elapsed time when untimed, never negative", () => {
    expect(readClock(start.getTime(), null, at(61).getTime())).toEqual({
      elapsedMs: 61_000,
      remainingMs: null,
      overTime: false,
    });
    expect(readClock(start.getTime(), null, at(-5).getTime()).elapsedMs).toBe(0);
  });

  it("records what the client claims, but never more than has passed, nor more than an enforced limit", () => {
    const shown = { perQuestionSec: 120, enforced: false };
    expect(secondsTaken(40, start, at(70), shown)).toBe(40);
    expect(secondsTaken(500, start, at(70), shown)).toBe(70);
    expect(secondsTaken(150, start, at(300), shown)).toBe(150);
    expect(secondsTaken(150, start, at(300), { perQuestionSec: 120, enforced: true })).toBe(120);
    expect(secondsTaken(-3, start, at(10), shown)).toBe(0);
  });
});

describe("scoring a round", () => {
  const points = [
    { must: true, weight: 1 },
    { must: false, weight: 2 },
    { must: false, weight: 1 },
  ];

  it("scores each answer against its points and the round as the mean, unanswered counting 0", () => {
    const full = answerCoverage(points, ["covered", "covered", "covered"]);
    const half = answerCoverage(points, ["covered", "missing", "covered"]);
    expect(full.score).toBe(1);
    expect(half.score).toBe(0.5);
    expect(roundScore([full, half, undefined])).toBeCloseTo(0.5);
    expect(roundScore([])).toBe(0);
  });

  it("scores old verdicts as equal points when the question's points changed since", () => {
    expect(answerCoverage(points, ["covered", "missing"]).score).toBe(0.5);
    expect(answerCoverage(undefined, ["covered", "partly"]).score).toBe(0.75);
  });

  it("sends to review every question not fully covered, a missed must point included, and every unanswered one", () => {
    expect(needsReview(answerCoverage(points, ["covered", "covered", "covered"]))).toBe(false);
    expect(needsReview(answerCoverage(points, ["covered", "partly", "covered"]))).toBe(true);
    expect(needsReview(answerCoverage(points, ["missing", "covered", "covered"]))).toBe(true);
    expect(needsReview(undefined)).toBe(true);
  });

  it("reads stored verdicts, and nothing from a damaged column", () => {
    expect(parseVerdicts('["covered","partly","missing"]')).toEqual(["covered", "partly", "missing"]);
    expect(parseVerdicts('["covered","great"]')).toEqual([]);
    expect(parseVerdicts("not json")).toEqual([]);
  });
});

describe("the explainer section of a question", () => {
  const html =
    '<p>Intro</p><h2 id="basics">Basics</h2><p>See <a href="/questions/q-a">A</a></p>' +
    '<h3 id="detail">Detail</h3><p><a href="/questions/q-b">B</a> and <a href="/questions/q-a">A again</a></p>';
  const toc = [
    { depth: 2, id: "basics", text: "Basics" },
    { depth: 3, id: "detail", text: "Detail" },
  ];

  it("is the heading before the article's first link to the question", () => {
    expect(sectionLinkingTo(html, toc, "q-a")).toBe("basics");
    expect(sectionLinkingTo(html, toc, "q-b")).toBe("detail");
  });

  it("is none when the article does not link to it, or links to it before any heading", () => {
    expect(sectionLinkingTo(html, toc, "q-c")).toBeUndefined();
    expect(
      sectionLinkingTo(
        '<p><a href="/questions/q-a">A</a></p><h2 id="x">X</h2>',
        [{ depth: 2, id: "x", text: "X" }],
        "q-a",
      ),
    ).toBeUndefined();
    // A prefix of another id is not a link to it.
    expect(sectionLinkingTo(html, toc, "q")).toBeUndefined();
  });
});
