/** One student's credit (0–1) per question in their counted attempt; a missing question counts 0. */
export type StudentItemScores = ReadonlyMap<string, number>;

export type ItemStats = {
  questionId: string;
  /** Mean credit (0–1): the share of the class that got it right. null with no students. */
  facility: number | null;
  /**
   * Mean credit of the top third (by total score) minus that of the bottom third, −1 to 1: positive when the
   * strong students get it right more often than the weak ones. null with fewer than 3 students.
   */
  discrimination: number | null;
};

/** Fewer students than this and the top and bottom thirds say nothing ("not enough students"). */
export const MIN_STUDENTS_FOR_DISCRIMINATION = 3;

const mean = (values: readonly number[]): number => values.reduce((s, v) => s + v, 0) / values.length;

/**
 * Classical item analysis over the students who submitted. Students are ranked by total score; equal totals
 * keep the order given (the caller passes a stable order), so the same class always gives the same numbers.
 */
export function itemAnalysis(questionIds: readonly string[], students: readonly StudentItemScores[]): ItemStats[] {
  const n = students.length;
  const score = (s: StudentItemScores, q: string) => s.get(q) ?? 0;
  const totals = students.map((s) => questionIds.reduce((sum, q) => sum + score(s, q), 0));
  const ranked = students.map((s, i) => ({ s, total: totals[i]!, i })).sort((a, b) => b.total - a.total || a.i - b.i);
  const groupSize = Math.max(1, Math.floor(n / 3));
  const top = ranked.slice(0, groupSize).map((r) => r.s);
  const bottom = ranked.slice(n - groupSize).map((r) => r.s);
  return questionIds.map((questionId) => ({
    questionId,
    facility: n === 0 ? null : mean(students.map((s) => score(s, questionId))),
    discrimination:
      n < MIN_STUDENTS_FOR_DISCRIMINATION
        ? null
        : mean(top.map((s) => score(s, questionId))) - mean(bottom.map((s) => score(s, questionId))),
  }));
}
