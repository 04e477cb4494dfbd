import { contentLangFor } from "../content/pick-lang";
import { jsonRows, jsonTime } from "../db/json-rows";
import { sql } from "../db/sql";
import type { Db } from "../db/types";
import type { ParsedReview } from "./sync-items";

/**
 * The typed answers that came with new ratings, kept beside the review they belong to (source "review"), so the
 * learner can read them later next to the key points. One statement per batch, raw like the rest of the sync path;
 * a repeated batch's answer is already stored under the same id (the review's).
 */
export async function writeReviewAnswers(db: Db, profileId: string, reviews: readonly ParsedReview[]): Promise<void> {
  const answered = reviews.filter((r) => r.event.answer);
  if (answered.length === 0) return;
  const { columns, from } = jsonRows(
    db,
    answered.map(({ event, question, reviewedAt }) => [
      event.id,
      profileId,
      event.questionId,
      contentLangFor(question, event.lang),
      event.answer!.text,
      JSON.stringify(event.answer!.verdicts),
      "review",
      event.id,
      jsonTime(db, reviewedAt),
    ]),
    ["text", "text", "text", "text", "text", "text", "text", "text", "time"],
  );
  await db.$executeRaw(sql`
    INSERT INTO "OpenAnswer" ("id", "profileId", "questionId", "lang", "text", "verdicts", "source", "sourceId",
      "answeredAt")
    SELECT ${columns} FROM ${from} WHERE true
    ON CONFLICT ("id") DO NOTHING`);
}
