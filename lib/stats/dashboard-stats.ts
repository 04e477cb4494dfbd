import { heldKeys, holdStatus, mergeHolds } from "../review/card-holds";
import { cardKeyString, type CardKey } from "../review/card-keys";
import type { CardHold } from "../review/sync-protocol";
import type { QueuePlan } from "../review/plan-queue";
import { buildQueue, type QueueCard } from "../review/queue";
import { dueForecast, FORECAST_DAYS, type ForecastDay } from "./forecast";
import { reviewHeatmap, type HeatmapDay } from "./heatmap";
import { masteryByTopic, type TopicMastery } from "./mastery";
import { overallRetention, weeklyRetention, type RetentionWeek } from "./retention";
import type { ReviewTally } from "./review-tally";
import { currentStreak } from "./streak";
import { studyDays } from "./study-days";
import { weakestQuestions, type WeakQuestion } from "./weakest";

export type StoredCard = QueueCard & { stability: number; lapses: number; reps: number };

export type DashboardInput = {
  now: Date;
  timeZone: string;
  dailyNewLimit: number;
  /** New cards first rated this study day (the review page's count, for today's remaining allowance). */
  newIntroducedToday: number;
  /** Every published card, in study order: what the review page draws from. */
  candidates: readonly CardKey[];
  topics: { topicId: string; cards: CardKey[] }[];
  cards: StoredCard[];
  /** Reviews not undone over (at least) the past year. */
  tallies: ReviewTally[];
  lastAgain: ReadonlyMap<string, Date>;
  /** The learner's interview plans: the same "due today" as the review page, which lets them reorder and bring due. */
  plans?: readonly QueuePlan[];
  /** Each card's latest suspend, unsuspend or bury: held cards are out of "due today", as on the review page. */
  holds?: readonly CardHold[];
};

export type DashboardStats = {
  /** Exactly the review page's "due today": scheduled cards due before the day ends plus the new cards still allowed. */
  dueToday: number;
  /** Scheduled cards due before tomorrow's study day ends, if nothing more is studied today; new cards not included. */
  dueTomorrow: number;
  forecast: ForecastDay[];
  heatmap: HeatmapDay[];
  reviewsToday: number;
  streak: number;
  retention: RetentionWeek[];
  retentionOverall: number | null;
  mastery: TopicMastery[];
  weakest: WeakQuestion[];
};

export const HEATMAP_DAYS = 365;

/** When each card next comes up: a suspended card not until unsuspended, a buried one when its burial ends. */
function comingDue(cards: readonly StoredCard[], holds: ReadonlyMap<string, CardHold>, now: Date): { due: Date }[] {
  return cards.flatMap((card) => {
    const hold = holds.get(cardKeyString(card));
    const status = holdStatus(hold, now);
    if (status === "suspended") return [];
    if (status === "buried") return [{ due: new Date(Math.max(card.due.getTime(), Date.parse(hold!.until!))) }];
    return [card];
  });
}

export function dashboardStats(input: DashboardInput): DashboardStats {
  const past = studyDays(input.now, input.timeZone, { past: HEATMAP_DAYS });
  const ahead = studyDays(input.now, input.timeZone, { future: FORECAST_DAYS });
  const today = ahead[0]!;
  const holds = mergeHolds(new Map(), input.holds ?? []);
  const held = heldKeys(holds.values(), input.now);
  const queue = buildQueue({ ...input, held, dayStart: today.start, dayEnd: today.end });
  const inScope = new Set(input.candidates.map(cardKeyString));
  const scheduled = input.cards.filter((c) => inScope.has(cardKeyString(c)));
  const forecast = dueForecast(comingDue(scheduled, holds, input.now), ahead);
  const heatmap = reviewHeatmap(input.tallies, past);
  const retention = weeklyRetention(input.tallies, past);
  return {
    dueToday: queue.counts.dueToday,
    dueTomorrow: forecast[0]!.count + (forecast[1]?.count ?? 0),
    forecast,
    heatmap,
    reviewsToday: heatmap.at(-1)!.count,
    streak: currentStreak(heatmap.map((d) => d.count)),
    retention,
    retentionOverall: overallRetention(retention),
    mastery: masteryByTopic(input.topics, scheduled),
    weakest: weakestQuestions(scheduled, input.lastAgain),
  };
}
