import { createHash } from "node:crypto";
import type { AnswerGrading } from "@prisma/client";
import type { GradedPoint } from "../coach/grader-verdicts";
import type { Lang } from "../content/schemas/common";
import type { Db } from "../db/types";

/** What a grading gives back to the learner: a suggestion per key point, in the points' order. */
export type GradingResult = {
  id: string;
  questionId: string;
  /** The language version whose key points were graded (the answer's language when the question has it). */
  lang: Lang;
  model: string;
  verdicts: GradedPoint[];
  /** 0 to 1, from the verdicts and the points' weights. */
  score: number;
  missedMust: boolean;
  createdAt: string;
  /** True when the same prompt was already graded by the same model: answered from the stored row, not the model. */
  reused: boolean;
};

export const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

export function resultOf(row: AnswerGrading, reused: boolean): GradingResult {
  return {
    id: row.id,
    questionId: row.questionId,
    lang: row.lang as Lang,
    model: row.model,
    verdicts: JSON.parse(row.verdicts) as GradedPoint[],
    score: row.score,
    missedMust: row.missedMust,
    createdAt: row.createdAt.toISOString(),
    reused,
  };
}

/** This learner's earlier grading of exactly this prompt by this model (a double click, a re-check), if any. */
export const storedGrading = (db: Db, profileId: string, questionId: string, promptHash: string, model: string) =>
  db.answerGrading.findFirst({
    where: { profileId, questionId, promptHash, model },
    orderBy: { createdAt: "desc" },
  });

/** Gradings the model made for this learner since `since` (the study day's start): what the daily limit counts. */
export const gradingsSince = (db: Db, profileId: string, since: Date) =>
  db.answerGrading.count({ where: { profileId, createdAt: { gte: since } } });
