import { coverageOf, POINT_VERDICTS, type Coverage, type PointVerdict, type WeightedPoint } from "./point-verdicts";

/** A stored `verdicts` column read back; anything unreadable is no verdicts at all. */
export function parseVerdicts(json: string): PointVerdict[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) && value.every((v) => (POINT_VERDICTS as readonly unknown[]).includes(v))
      ? (value as PointVerdict[])
      : [];
  } catch {
    return [];
  }
}

/**
 * The coverage of one stored answer. Scored against the question's current points when they still match the
 * verdicts one for one; after an author added or removed a point (or retired the question) the old verdicts
 * are scored as equal points, so a kept report never breaks and never invents a verdict.
 */
export function answerCoverage(
  points: readonly WeightedPoint[] | undefined,
  verdicts: readonly PointVerdict[],
): Coverage {
  const scored =
    points && points.length === verdicts.length ? points : verdicts.map(() => ({ must: false, weight: 1 }));
  return coverageOf(scored, verdicts);
}

/** The round's score: the mean of its questions' coverage, an unanswered question counting 0. */
export function roundScore(coverages: readonly (Coverage | undefined)[]): number {
  if (coverages.length === 0) return 0;
  return coverages.reduce((sum, c) => sum + (c?.score ?? 0), 0) / coverages.length;
}

/**
 * Which questions "Add the missed ones to review" queues: any whose answer fell short of full coverage (a point
 * missed or only partly made; a missed must point always does) or that was never answered. The same bar as a
 * quiz's "less than full credit": what was not fully said is what needs practice.
 */
export const needsReview = (coverage: Coverage | undefined): boolean => !coverage || coverage.score < 1;
