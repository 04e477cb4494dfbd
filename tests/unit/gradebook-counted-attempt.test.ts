import { describe, expect, it } from "vitest";
import { studentResult, type AssignmentAttempt } from "@/lib/gradebook/counted-attempt";

const DUE = new Date("2026-11-30T12:00:00Z");
const NOW = new Date("2026-12-05T12:00:00Z");
const t = (iso: string) => new Date(`2026-11-${iso}Z`);

let seq = 0;
function attempt(
  id: string,
  startedAt: Date,
  finishedAt: Date | null,
  scores: Record<string, number | null>,
  extra: Partial<AssignmentAttempt> = {},
): AssignmentAttempt {
  return {
    id,
    questionIds: ["q1", "q2", "q3", "q4"],
    passPercent: null,
    startedAt,
    finishedAt,
    elapsedMs: 95_000,
    answers: Object.entries(scores).map(([questionId, score]) => ({
      id: `a${seq++}`,
      questionId,
      response: "{}",
      score,
      selfGrade: null,
      answeredAt: startedAt,
    })),
    overrides: [],
    ...extra,
  };
}

describe("the counted attempt", () => {
  it("is the best finished attempt; an unfinished better one does not count", () => {
    const result = studentResult(
      [
        attempt("first", t("20T10:00:00"), t("20T10:10:00"), { q1: 1, q2: 0 }),
        attempt("second", t("21T10:00:00"), t("21T10:10:00"), { q1: 1, q2: 1, q3: 0.5 }),
        attempt("open", t("22T10:00:00"), null, { q1: 1, q2: 1, q3: 1, q4: 1 }),
      ],
      DUE,
      NOW,
    );
    expect(result.counted).toMatchObject({
      scorePercent: 62.5,
      timeTakenMs: 95_000,
      submittedAt: t("21T10:10:00"),
      late: false,
    });
    expect(result.counted!.attempt.id).toBe("second");
    expect(result.status).toBe("submitted");
    expect(result.attempts.map((a) => a.attempt.id)).toEqual(["first", "second", "open"]);
  });

  it("takes the earliest submission among equal scores, and flags it late after the due date", () => {
    const result = studentResult(
      [
        attempt("later", t("30T13:00:00"), t("30T14:00:00"), { q1: 1, q2: 1 }),
        attempt("earlier", t("30T12:30:00"), t("30T12:45:00"), { q3: 1, q4: 1 }),
      ],
      DUE,
      NOW,
    );
    expect(result.counted!.attempt.id).toBe("earlier");
    expect(result.counted).toMatchObject({ scorePercent: 50, late: true });
    expect(result.status).toBe("late");
  });

  it("scores an instructor's grade in place of the self-grade, and an ungraded answer as 0", () => {
    const base = attempt("one", t("20T10:00:00"), t("20T10:10:00"), { q1: 1, q2: 1, q3: null });
    const result = studentResult(
      [{ ...base, overrides: [{ questionId: "q2", score: 0.5, comment: "half of it" }] }],
      DUE,
      NOW,
    );
    expect(result.counted!.scorePercent).toBe(37.5);
    expect(result.counted!.summary.rows[1]!.answer!.override).toEqual({
      questionId: "q2",
      score: 0.5,
      comment: "half of it",
    });
  });

  it("has no counted attempt before a submission: in progress, not started, or missed after the due date", () => {
    expect(studentResult([attempt("open", t("20T10:00:00"), null, { q1: 1 })], DUE, NOW)).toMatchObject({
      status: "in-progress",
      counted: undefined,
    });
    expect(studentResult([], DUE, t("29T00:00:00"))).toMatchObject({ status: "not-started", counted: undefined });
    expect(studentResult([], DUE, NOW)).toMatchObject({ status: "missed", counted: undefined });
  });
});
