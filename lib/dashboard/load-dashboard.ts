import type { Article } from "../content/schemas/article";
import type { BilingualText } from "../content/schemas/common";
import type { Bank, Question } from "../content/schemas/question";
import type { Topic } from "../content/schemas/topic";
import { Prisma } from "@prisma/client";
import type { Db } from "../db/types";
import { listAttempts } from "../quizzes/read-attempts";
import { cardKeysOf } from "../review/card-keys";
import { countNewIntroduced } from "../review/load-queue";
import { cardKeysInScope, questionsInScope } from "../review/scope";
import { dashboardStats, HEATMAP_DAYS, type DashboardStats } from "../stats/dashboard-stats";
import { AGAIN, MATURE_DAYS, REVIEW_STATE, type ReviewTally } from "../stats/review-tally";
import { studyDays } from "../stats/study-days";

export type QuizResult = { attemptId: string; title: BilingualText; finishedAt: Date; scorePercent: number; passed: boolean | null };

export type Dashboard = DashboardStats & { quizzes: QuizResult[] };

type Library = { topics: Topic[]; banks: Bank[]; questions: Question[]; articles: Article[] };
type Settings = { dailyNewLimit: number; timeZone: string };

export const QUIZ_HISTORY_COUNT = 20;
// Inlined, not bound: a bound number may arrive as a REAL and turn the slot division fractional.
const SLOT_SECONDS = 900;

/**
 * Reviews not undone since `since`, counted per 15-minute slot in SQL: 100,000 rows become a few thousand
 * before they leave SQLite. Mature means what `isMatureReview` says (constants passed, not repeated).
 */
async function reviewTallies(db: Db, profileId: string, since: Date): Promise<ReviewTally[]> {
  const rows = await db.$queryRaw<{ slot: number | bigint; reviews: number | bigint; mature: number | bigint; matureAgain: number | bigint }[]>`
    SELECT CAST(strftime('%s', r.reviewedAt) AS INTEGER) / ${Prisma.raw(String(SLOT_SECONDS))} AS slot,
           COUNT(*) AS reviews,
           SUM(r.state = ${REVIEW_STATE} AND r.scheduledDays >= ${MATURE_DAYS}) AS mature,
           SUM(r.state = ${REVIEW_STATE} AND r.scheduledDays >= ${MATURE_DAYS} AND r.rating = ${AGAIN}) AS matureAgain
    FROM Review r
    WHERE r.profileId = ${profileId} AND r.reviewedAt >= ${since}
      AND NOT EXISTS (SELECT 1 FROM ReviewUndo u WHERE u.reviewId = r.id)
    GROUP BY slot`;
  return rows.map((r) => ({ at: new Date(Number(r.slot) * SLOT_SECONDS * 1000), reviews: Number(r.reviews), mature: Number(r.mature), matureAgain: Number(r.matureAgain) }));
}

/** When each question was last rated Again (not undone). */
async function lastAgainByQuestion(db: Db, profileId: string): Promise<Map<string, Date>> {
  const rows = await db.review.groupBy({ by: ["questionId"], where: { profileId, rating: AGAIN, undo: null }, _max: { reviewedAt: true } });
  return new Map(rows.flatMap((r) => (r._max.reviewedAt ? [[r.questionId, r._max.reviewedAt] as const] : [])));
}

/**
 * Everything the dashboard shows for one learner (or a visitor without a profile: zeros and today's new cards),
 * from five queries run together. The page and the benchmark both call this.
 */
export async function loadDashboard(db: Db, profileId: string | undefined, settings: Settings, library: Library, now: Date): Promise<Dashboard> {
  const published = questionsInScope(library, {}) ?? [];
  const since = studyDays(now, settings.timeZone, { past: HEATMAP_DAYS })[0]!.start;
  const [cards, newIntroducedToday, tallies, lastAgain, attempts] = profileId
    ? await Promise.all([
        db.card.findMany({ where: { profileId }, select: { questionId: true, clozeIndex: true, due: true, state: true, lastReview: true, stability: true, lapses: true, reps: true } }),
        countNewIntroduced(db, profileId, studyDays(now, settings.timeZone, { past: 1 })[0]!.start),
        reviewTallies(db, profileId, since),
        lastAgainByQuestion(db, profileId),
        listAttempts(db, profileId, QUIZ_HISTORY_COUNT),
      ])
    : [[], 0, [], new Map<string, Date>(), { finished: [] }];
  const stats = dashboardStats({
    now,
    timeZone: settings.timeZone,
    dailyNewLimit: settings.dailyNewLimit,
    newIntroducedToday,
    candidates: cardKeysInScope(published),
    topics: library.topics.map((t) => ({ topicId: t.id, cards: published.filter((q) => q.topic === t.id).flatMap(cardKeysOf) })),
    cards,
    tallies,
    lastAgain,
  });
  const quizzes = attempts.finished.map(({ attempt, summary }) => ({
    attemptId: attempt.id,
    title: attempt.title,
    finishedAt: attempt.finishedAt!,
    scorePercent: summary.scorePercent,
    passed: summary.passed,
  }));
  return { ...stats, quizzes };
}
