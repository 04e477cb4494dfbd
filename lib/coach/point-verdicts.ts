import type { SelfGrade } from "../quiz/self-grades";
import type { GradeValue } from "../review/scheduler";

/** How much of one key point an answer covers: ticked by the candidate, or judged by the grader. */
export const POINT_VERDICTS = ["covered", "partly", "missing"] as const;
export type PointVerdict = (typeof POINT_VERDICTS)[number];

const CREDIT: Record<PointVerdict, number> = { covered: 1, partly: 0.5, missing: 0 };

/** What scoring needs of a key point (the content record carries more). */
export type WeightedPoint = { must: boolean; weight: number };

export type Coverage = {
  /** 0 to 1: the weighted share of the points covered, a partly covered point counting half. */
  score: number;
  /** A `[must]` point left out: the answer fails whatever else it covers. */
  missedMust: boolean;
  covered: number;
  partly: number;
  missing: number;
};

/**
 * The score is computed here, never taken from a model or a form: verdicts are per point, in the points' order,
 * and a verdict list of the wrong length is a programming error.
 */
export function coverageOf(points: readonly WeightedPoint[], verdicts: readonly PointVerdict[]): Coverage {
  if (verdicts.length !== points.length) throw new Error(`expected ${points.length} verdicts, got ${verdicts.length}`);
  let total = 0;
  let earned = 0;
  let missedMust = false;
  points.forEach((p, i) => {
    total += p.weight;
    earned += p.weight * CREDIT[verdicts[i]!];
    // A must point touched on but not fully made is "partly": it costs score, not the whole answer.
    if (p.must && verdicts[i] === "missing") missedMust = true;
  });
  const count = (v: PointVerdict) => verdicts.filter((x) => x === v).length;
  return {
    score: total === 0 ? 0 : earned / total,
    missedMust,
    covered: count("covered"),
    partly: count("partly"),
    missing: count("missing"),
  };
}

/**
 * The flashcard rating the ticks suggest. Everything covered is "Good", not "Easy": ticks say what was said, not
 * how effortlessly, so "Easy" stays the candidate's call. Half or more (with every must point) is "Hard": the
 * card comes back sooner. Less, or a must point missed, is "Again".
 */
export function suggestedRating(c: Coverage): GradeValue {
  if (c.missedMust || c.score < 0.5) return 1;
  return c.score >= 1 ? 3 : 2;
}

/** The quiz self-grade the ticks suggest, on the same thresholds as the rating. */
export function suggestedSelfGrade(c: Coverage): SelfGrade {
  if (c.missedMust || c.score < 0.5) return "wrong";
  return c.score >= 1 ? "correct" : "partial";
}

/** Ticks from a checklist: a ticked point is covered, an unticked one missing. */
export const verdictsFromTicks = (ticked: readonly boolean[]): PointVerdict[] =>
  ticked.map((t) => (t ? "covered" : "missing"));
