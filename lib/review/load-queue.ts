import type { Db } from "../db/types";
import type { CardKey } from "./card-keys";
import { buildQueue, type Queue } from "./queue";
import { studyDayEnd, studyDayStart } from "./study-day";

export type QueueSettings = { dailyNewLimit: number; timeZone: string };

/** New cards first rated this study day: ratings of cards that were new, not taken back. */
export function countNewIntroduced(db: Db, profileId: string, since: Date): Promise<number> {
  return db.review.count({ where: { profileId, state: 0, reviewedAt: { gte: since }, undo: null } });
}

/** What a queue is built from, read once: the learner's cards and today's new-card count. */
export async function loadQueueState(db: Db, profileId: string | undefined, settings: QueueSettings, now: Date) {
  const dayStart = studyDayStart(now, settings.timeZone);
  const [cards, newIntroducedToday] = profileId
    ? await Promise.all([
        db.card.findMany({ where: { profileId }, select: { questionId: true, clozeIndex: true, due: true, state: true, lastReview: true } }),
        countNewIntroduced(db, profileId, dayStart),
      ])
    : [[], 0];
  return { cards, newIntroducedToday, dailyNewLimit: settings.dailyNewLimit, now, dayStart, dayEnd: studyDayEnd(now, settings.timeZone) };
}

/** The learner's queue over the given cards, as of `now`. A visitor without a profile sees only new cards. */
export async function loadQueue(db: Db, profileId: string | undefined, candidates: CardKey[], settings: QueueSettings, now: Date): Promise<Queue> {
  return buildQueue({ ...(await loadQueueState(db, profileId, settings, now)), candidates });
}

/** Whether the learner has a rating from this study day they can take back. */
export async function canUndo(db: Db, profileId: string | undefined, timeZone: string, now: Date): Promise<boolean> {
  if (!profileId) return false;
  return (await db.review.count({ where: { profileId, undo: null, reviewedAt: { gte: studyDayStart(now, timeZone) } } })) > 0;
}
