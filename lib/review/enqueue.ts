import type { Lang } from "../content/schemas/common";
import type { Question } from "../content/schemas/question";
import type { Db } from "../db/types";
import { contentLangFor } from "../content/pick-lang";
import { cardKeysOf } from "./card-keys";
import { emptyState } from "./scheduler";

/**
 * Puts questions in front of the learner's review queue now (e.g. the ones they missed in a quiz): existing
 * cards become due now; unseen ones get a new card due now, outside the daily new-card limit, because the
 * learner asked for them. Returns how many cards are queued.
 */
export async function addToReviewQueue(
  db: Db,
  profileId: string,
  questions: Question[],
  lang: Lang,
  now: Date,
): Promise<number> {
  let queued = 0;
  for (const question of questions) {
    const contentLang = contentLangFor(question, lang);
    const contentHash = question.langs[contentLang]!.hash;
    for (const key of cardKeysOf(question)) {
      await db.card.upsert({
        where: { profileId_questionId_clozeIndex: { profileId, ...key } },
        update: { due: now },
        create: {
          profileId,
          ...key,
          ...emptyState(now),
          contentHash,
          contentLang,
        },
      });
      queued++;
    }
  }
  return queued;
}
