import type { Article } from "../content/schemas/article";
import type { QueuePlan } from "../review/plan-queue";
import type { BilingualText } from "../content/schemas/common";
import type { Bank, Question } from "../content/schemas/question";
import type { Topic } from "../content/schemas/topic";
import type { Db } from "../db/types";
import { listAttempts } from "../attempts/read-attempts";
import { cardKeysOf } from "../review/card-keys";
import { selectHolds } from "../review/card-holds-sql";
import { countNewIntroduced } from "../review/load-queue";
import { cardKeysInScope, questionsInScope } from "../review/scope";
import { dashboardStats, HEATMAP_DAYS, type DashboardStats, type StoredCard } from "./dashboard-stats";
import { AGAIN, MATURE_DAYS, REVIEW_STATE, type ReviewTally } from "./review-tally";
import { studyDays, type StudyDay } from "./study-days";
import { reviewTallyRows } from "./review-tally-rows";

export type QuizResult = {
  attemptId: string;
  title: BilingualText;
  finishedAt: Date;
  scorePercent: number;
  passed: boolean | null;
};

export type Dashboard = DashboardStats & { quizzes: QuizResult[] };

type Library = { topics: Topic[]; banks: Bank[]; questions: Question[]; articles: Article[] };
type Settings = { dailyNewLimit: number; timeZone: string };

export const QUIZ_HISTORY_COUNT = 20;

/**
 * Reviews not undone per study day, counted in SQL: one range count per day over the covering index
 * Review(profileId, reviewedAt, state, scheduledDays, rating, …), so 100,000 reviews never leave the database.
 * Each tally is placed at its day's start. Mature means what `isMatureReview` says (its constants are passed in).
 */
async function reviewTallies(db: Db, profileId: string, days: StudyDay[]): Promise<ReviewTally[]> {
  const rows = await reviewTallyRows(db, profileId, days, {
    reviewState: REVIEW_STATE,
    matureDays: MATURE_DAYS,
    again: AGAIN,
  });
  return rows.flatMap(({ day, counts }) => {
    const [reviews, mature, matureAgain] = (JSON.parse(counts) as (number | null)[]).map((n) => n ?? 0) as [
      number,
      number,
      number,
    ];
    return reviews ? [{ at: days[Number(day)]!.start, reviews, mature, matureAgain }] : [];
  });
}

/**
 * When each question last lapsed (rated Again, not undone, on a card it had learned: the ratings its lapse count
 * counts) within the given time, from the same covering index. An Again while a card is still being learned is no
 * lapse, and dating it would put "Last Again <date>" beside "Lapses 0".
 */
async function lastAgainByQuestion(db: Db, profileId: string, since: Date): Promise<Map<string, Date>> {
  // Quoted names: the same SQL on SQLite and PostgreSQL (which folds unquoted names to lower case).
  const rows = await db.$queryRaw<{ questionId: string; last: string | Date }[]>`
    SELECT r."questionId", MAX(r."reviewedAt") AS last FROM "Review" r
    WHERE r."profileId" = ${profileId} AND r."reviewedAt" >= ${since} AND r.rating = ${AGAIN}
      AND r.state = ${REVIEW_STATE}
      AND NOT EXISTS (SELECT 1 FROM "ReviewUndo" u WHERE u."reviewId" = r.id)
    GROUP BY r."questionId"`;
  return new Map(rows.map((r) => [r.questionId, new Date(r.last)]));
}

/** The learner's cards, the columns the statistics use. Raw: Prisma's row mapping costs more than the query for 5,000 rows. */
function storedCards(db: Db, profileId: string): Promise<StoredCard[]> {
  return db.$queryRaw<StoredCard[]>`
    SELECT "questionId", "clozeIndex", due, state, "lastReview", stability, lapses, reps FROM "Card" WHERE "profileId" = ${profileId}`;
}

/**
 * Everything the dashboard shows for one learner (or a visitor without a profile: zeros and today's new cards),
 * from five queries (the past year of reviews aggregated per day in SQL). The page and the benchmark both call this.
 */
export async function loadDashboard(
  db: Db,
  profileId: string | undefined,
  settings: Settings,
  library: Library,
  now: Date,
  plans: readonly QueuePlan[] = [],
): Promise<Dashboard> {
  const published = questionsInScope(library, {}) ?? [];
  const days = studyDays(now, settings.timeZone, { past: HEATMAP_DAYS });
  const [cards, newIntroducedToday, tallies, lastAgain, attempts, holds] = profileId
    ? await Promise.all([
        storedCards(db, profileId),
        countNewIntroduced(db, profileId, days.at(-1)!.start),
        reviewTallies(db, profileId, days),
        lastAgainByQuestion(db, profileId, days[0]!.start),
        listAttempts(db, profileId, QUIZ_HISTORY_COUNT),
        selectHolds(db, profileId),
      ])
    : [[], 0, [], new Map<string, Date>(), { finished: [] }, []];
  const stats = dashboardStats({
    now,
    timeZone: settings.timeZone,
    dailyNewLimit: settings.dailyNewLimit,
    newIntroducedToday,
    candidates: cardKeysInScope(published),
    topics: library.topics.map((t) => ({
      topicId: t.id,
      cards: published.filter((q) => q.topic === t.id).flatMap(cardKeysOf),
    })),
    cards,
    tallies,
    lastAgain,
    plans,
    holds,
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
