import { describe, expect, it } from "vitest";
import { scoreAttempt } from "@/lib/gradebook/counted-attempt";
import { gradeAttempt, graderOf } from "@/lib/quiz/overrides";

// The rule (README, "Grading in classes"): in an assignment the instructor grades open and code answers; the
// student's own grade is a note, and an answer awaiting the instructor counts 0 until graded. Practice quizzes
// outside a class keep self-grading.
const at = (minute: number) => new Date(Date.UTC(2026, 10, 22, 10, minute));
const attempt = { questionIds: ["choice", "essay", "code"], passPercent: 60, elapsedMs: 90_000 };
const rows = [
  { id: "a1", questionId: "choice", response: "{}", score: 1, selfGrade: null, answeredAt: at(1) },
  // A self-graded open answer ("correct" stored with full credit, as practice quizzes and older rows have it).
  { id: "a2", questionId: "essay", response: "{}", score: 1, selfGrade: "correct", answeredAt: at(2) },
  // An open answer the student did not grade.
  { id: "a3", questionId: "code", response: "{}", score: null, selfGrade: null, answeredAt: at(3) },
];

describe("who grades open and code answers", () => {
  it("is the instructor for an assignment's attempt and the learner otherwise", () => {
    expect(graderOf({ assignmentId: "as1" })).toBe("instructor");
    expect(graderOf({ assignmentId: null })).toBe("self");
    expect(graderOf({})).toBe("self");
  });
});

describe("scoring an assignment's attempt", () => {
  it("ignores the student's self-grade: the answer awaits grading and counts 0", () => {
    const { summary, answers } = gradeAttempt(attempt, rows, [], "instructor");
    expect(summary.scorePercent).toBe(33.3);
    expect(summary.awaitingGrade).toBe(2);
    expect(summary.rows.map((r) => r.score)).toEqual([1, null, null]);
    // The note is kept for the instructor to read.
    expect(answers.get("essay")?.selfGrade).toBe("correct");
    expect(summary.missed).toEqual([]);
  });

  it("counts the instructor's grade once given, whatever the self-grade said", () => {
    const overrides = [
      { questionId: "essay", score: 0.5, comment: "Half of it." },
      { questionId: "code", score: 0, comment: "" },
    ];
    const { summary } = gradeAttempt(attempt, rows, overrides, "instructor");
    expect(summary.rows.map((r) => r.score)).toEqual([1, 0.5, 0]);
    expect(summary.scorePercent).toBe(50);
    expect(summary.awaitingGrade).toBe(0);
    expect(summary.missed).toEqual(["essay", "code"]);
  });

  it("is what the gradebook counts (scoreAttempt), so the table, averages and CSV agree with the result page", () => {
    const scored = scoreAttempt({
      id: "t1",
      ...attempt,
      startedAt: at(0),
      finishedAt: at(5),
      answers: rows,
      overrides: [],
    });
    expect(scored.summary.scorePercent).toBe(33.3);
    expect(scored.points).toBe(1);
  });
});

describe("scoring a practice quiz outside a class", () => {
  it("keeps the learner's own grade as the score, and an ungraded answer counts 0 until they grade it", () => {
    const { summary } = gradeAttempt(attempt, rows, [], "self");
    expect(summary.rows.map((r) => r.score)).toEqual([1, 1, null]);
    expect(summary.scorePercent).toBe(66.7);
    expect(summary.awaitingGrade).toBe(1);
  });
});
