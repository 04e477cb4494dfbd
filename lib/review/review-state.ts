import type { Db } from "../db/types";
import type { LearnerSettings } from "../preferences/study-settings";
import { selectHolds } from "./card-holds-sql";
import { mistakesSince } from "./mistakes";
import { selectMistakes } from "./mistakes-sql";
import { studyDayStart } from "./study-day";
import type { ReviewStateResponse, TodayReview } from "./sync-protocol";
import { toDate, toDateOrNull, type CardRow } from "./sync-rows";
import { toSyncedCard } from "./synced-card";

type RawCard = Omit<CardRow, "due" | "lastReview"> & { due: string | Date; lastReview: string | Date | null };
type RawToday = Omit<TodayReview, "reviewedAt" | "due" | "dueBefore"> & {
  reviewedAt: string | Date;
  due: string | Date;
  dueBefore: string | Date;
};

const iso = (value: string | Date) => toDate(value).toISOString();

/**
 * Everything a device needs to run review sessions on its own (`GET /api/review/state`): the learner's settings,
 * every card, each card's latest suspend/unsuspend/bury, this study day's ratings not taken back (what Undo can
 * reach, and the day's new-card count) and the mistakes of the "my mistakes" deck before today, in four raw reads.
 * A visitor without a profile gets the default settings and nothing else.
 */
export async function loadReviewState(
  db: Db,
  profileId: string | null,
  settings: LearnerSettings,
  now: Date,
  schedule: ReviewStateResponse["schedule"] = { weights: null, plans: [] },
): Promise<ReviewStateResponse> {
  const dayStart = studyDayStart(now, settings.timeZone);
  const [cards, today, holds, mistakes] = profileId
    ? await Promise.all([
        db.$queryRaw<RawCard[]>`
          SELECT "questionId", "clozeIndex", "due", "stability", "difficulty", "elapsedDays", "scheduledDays",
                 "learningSteps", "reps", "lapses", "state", "lastReview", "contentHash", "contentLang"
          FROM "Card" WHERE "profileId" = ${profileId}`,
        db.$queryRaw<RawToday[]>`
          SELECT r."id", r."questionId", r."clozeIndex", r."rating", r."reviewedAt", r."state", r."due", r."dueBefore",
                 r."stability", r."difficulty", r."elapsedDays", r."lastElapsedDays", r."scheduledDays", r."learningSteps"
          FROM "Review" r
          WHERE r."profileId" = ${profileId} AND r."reviewedAt" >= ${dayStart}
            AND NOT EXISTS (SELECT 1 FROM "ReviewUndo" u WHERE u."reviewId" = r."id")
          ORDER BY r."reviewedAt", r."id"`,
        selectHolds(db, profileId),
        selectMistakes(db, profileId, { since: mistakesSince(now), againBefore: dayStart, now }),
      ])
    : [[], [], [], []];
  return {
    profileId,
    settings: {
      dailyNewLimit: settings.dailyNewLimit,
      desiredRetention: settings.desiredRetention,
      timeZone: settings.timeZone,
    },
    schedule,
    cards: cards.map((c) => toSyncedCard({ ...c, due: toDate(c.due), lastReview: toDateOrNull(c.lastReview) })),
    holds,
    today: today.map((r) => ({ ...r, reviewedAt: iso(r.reviewedAt), due: iso(r.due), dueBefore: iso(r.dueBefore) })),
    mistakes,
    dayStart: dayStart.toISOString(),
    serverTime: now.toISOString(),
  };
}
