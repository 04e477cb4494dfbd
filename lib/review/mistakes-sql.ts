import { sql } from "../db/sql";
import type { Db } from "../db/types";
import type { MistakeRow } from "./mistakes";
import { toDate } from "./sync-rows";

type RawMistake = { kind: string; questionId: string; clozeIndex: number | bigint; at: string | Date };

/**
 * The learner's mistakes since `since`, in one raw read (it rides on every state download): each card rated Again
 * before `againBefore` (not undone), and each question whose counting answer in a quiz attempt (the newest row of
 * that question in the attempt) got less than full credit, with an instructor's grade replacing the learner's own,
 * or that the learner graded wrong or partly themselves (in a class that grade is a note, without a score). An
 * exam still under way and an assignment keeping its results back until the due date tell nothing yet: listing
 * their answers would give the verdict away.
 */
export async function selectMistakes(
  db: Db,
  profileId: string,
  window: { since: Date; againBefore: Date; now: Date },
): Promise<MistakeRow[]> {
  const { since, againBefore, now } = window;
  const rows = await db.$queryRaw<RawMistake[]>(sql`
    SELECT 'again' AS "kind", r."questionId", r."clozeIndex", MAX(r."reviewedAt") AS "at"
    FROM "Review" r
    WHERE r."profileId" = ${profileId} AND r."reviewedAt" >= ${since} AND r."reviewedAt" < ${againBefore}
      AND r."rating" = 1
      AND NOT EXISTS (SELECT 1 FROM "ReviewUndo" u WHERE u."reviewId" = r."id")
    GROUP BY r."questionId", r."clozeIndex"
    UNION ALL
    SELECT 'quiz' AS "kind", a."questionId", 0 AS "clozeIndex", MAX(a."answeredAt") AS "at"
    FROM "QuizAnswer" a
    JOIN "QuizAttempt" t ON t."id" = a."attemptId"
    LEFT JOIN "Assignment" s ON s."id" = t."assignmentId"
    LEFT JOIN "GradeOverride" o ON o."attemptId" = a."attemptId" AND o."questionId" = a."questionId"
    WHERE t."profileId" = ${profileId} AND a."answeredAt" >= ${since}
      AND NOT (t."mode" = 'exam' AND t."finishedAt" IS NULL)
      AND (s."id" IS NULL OR s."feedback" <> 'after-due' OR s."dueAt" <= ${now})
      AND NOT EXISTS (
        SELECT 1 FROM "QuizAnswer" b
        WHERE b."attemptId" = a."attemptId" AND b."questionId" = a."questionId" AND b."answeredAt" > a."answeredAt")
      AND (o."score" < 1
        OR (o."score" IS NULL AND (a."score" < 1 OR a."selfGrade" = 'wrong' OR a."selfGrade" = 'partial')))
    GROUP BY a."questionId"`);
  return rows.map((r) => ({
    kind: r.kind === "quiz" ? "quiz" : "again",
    questionId: r.questionId,
    clozeIndex: Number(r.clozeIndex),
    at: toDate(r.at).toISOString(),
  }));
}
