import type { Db } from "../db/types";
import type { CardKey } from "./card-keys";
import { heldKeys } from "./card-holds";
import { selectHolds } from "./card-holds-sql";
import { buildQueue, type Queue } from "./queue";
import { studyDayEnd, studyDayStart } from "./study-day";

export type QueueSettings = { dailyNewLimit: number; timeZone: string };

/** New cards first rated this study day: ratings of cards that were new, not taken back. */
export function countNewIntroduced(db: Db, profileId: string, since: Date): Promise<number> {
  return db.review.count({ where: { profileId, state: 0, reviewedAt: { gte: since }, undo: null } });
}

/** This study day's ratings not taken back, in all and of cards that were new: one grouped count instead of two. */
async function ratingsSince(db: Db, profileId: string, since: Date): Promise<{ rated: number; newIntroduced: number }> {
  const groups = await db.review.groupBy({
    by: ["state"],
    where: { profileId, reviewedAt: { gte: since }, undo: null },
    _count: { _all: true },
  });
  return {
    rated: groups.reduce((sum, g) => sum + g._count._all, 0),
    newIntroduced: groups.find((g) => g.state === 0)?._count._all ?? 0,
  };
}

/**
 * What a queue is built from, read once: the learner's cards (whole rows, so the card to show next needs no
 * query of its own), the suspended and buried ones, today's new-card count, and whether anything today can be taken
 * back.
 */
export async function loadQueueState(db: Db, profileId: string | undefined, settings: QueueSettings, now: Date) {
  const dayStart = studyDayStart(now, settings.timeZone);
  const [cards, today, holds] = profileId
    ? await Promise.all([
        db.card.findMany({ where: { profileId } }),
        ratingsSince(db, profileId, dayStart),
        selectHolds(db, profileId),
      ])
    : [[], { rated: 0, newIntroduced: 0 }, []];
  return {
    cards,
    newIntroducedToday: today.newIntroduced,
    canUndo: today.rated > 0,
    held: heldKeys(holds, now),
    dailyNewLimit: settings.dailyNewLimit,
    now,
    dayStart,
    dayEnd: studyDayEnd(now, settings.timeZone),
  };
}

/** The learner's queue over the given cards, as of `now`. A visitor without a profile sees only new cards. */
export async function loadQueue(
  db: Db,
  profileId: string | undefined,
  candidates: readonly CardKey[],
  settings: QueueSettings,
  now: Date,
): Promise<Queue> {
  return buildQueue({ ...(await loadQueueState(db, profileId, settings, now)), candidates });
}
