import type { GradedPoint } from "../coach/grader-verdicts";
import type { PointVerdict } from "../coach/point-verdicts";
import type { KeyPoint } from "../content/schemas/question";
import type { Db } from "../db/types";
import { sha256 } from "./grading-rows";

/** One key point with the grader's verdict on it, in the reader's language. */
export type PointSuggestion = { text: string; must: boolean; verdict: PointVerdict; evidence: string };

/** The grader's suggestion for an answer, as an instructor sees it beside the answer: to confirm or override. */
export type AnswerSuggestion = { model: string; score: number; missedMust: boolean; points: PointSuggestion[] };

export type SuggestionQuery = { questionId: string; text: string; points: readonly KeyPoint[] };

/**
 * The newest grading this learner asked for of exactly these answers (the same text, by its hash), by question
 * id. A grading made against a different number of key points (the rubric changed since) is not shown.
 */
export async function graderSuggestions(
  db: Db,
  profileId: string,
  answers: readonly SuggestionQuery[],
): Promise<Map<string, AnswerSuggestion>> {
  const found = new Map<string, AnswerSuggestion>();
  if (answers.length === 0) return found;
  const rows = await db.answerGrading.findMany({
    where: {
      profileId,
      questionId: { in: answers.map((a) => a.questionId) },
      answerHash: { in: answers.map((a) => sha256(a.text)) },
    },
    orderBy: { createdAt: "desc" },
  });
  for (const answer of answers) {
    const hash = sha256(answer.text);
    const row = rows.find((r) => r.questionId === answer.questionId && r.answerHash === hash);
    if (!row) continue;
    const verdicts = JSON.parse(row.verdicts) as GradedPoint[];
    if (verdicts.length !== answer.points.length) continue;
    found.set(answer.questionId, {
      model: row.model,
      score: row.score,
      missedMust: row.missedMust,
      points: answer.points.map((p, i) => ({ text: p.text, must: p.must, ...verdicts[i]! })),
    });
  }
  return found;
}
