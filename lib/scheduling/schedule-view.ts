import type { Question } from "../content/schemas/question";
import type { Db } from "../db/types";
import { cardKeysOf, cardKeyString } from "../review/card-keys";
import { computePlan, type Plan } from "../review/interview-plan";
import { dateDayStart, parsePlanScope, type PlanRow, type PlanScope } from "../review/plan-windows";
import { isNewState } from "../review/scheduler";
import { selectSchedule } from "../review/schedule-sql";
import { simulate, type SimCard } from "../review/simulate";
import { studyDayStart } from "../review/study-day";
import { studyDays } from "../stats/study-days";
import type { ForecastDay } from "../stats/forecast";

export type PlanView = PlanRow & { plan: Plan };
export type ScheduleView = {
  plans: PlanView[];
  /** Reviews and new cards per study day for 30 days, simulated with the learner's parameters and plans. */
  forecast: (ForecastDay & { reviews: number; introduced: number })[];
  personal: boolean;
};

type Settings = { dailyNewLimit: number; desiredRetention: number; timeZone: string };
type Row = SimCard & { questionId: string; clozeIndex: number };

/** A fixed seed: the forecast is the same on every page view until the cards change. */
const SEED = 20_261_207;

/**
 * The dashboard's plan and forecast for one learner: each interview plan worked out against their cards (cards left to
 * introduce, the pace it needs, expected retention on the day), and a 30-day workload simulated with their FSRS
 * parameters, daily new-card limit and plans. `questionsOf` resolves a plan's scope (the content is the caller's).
 */
export async function loadScheduleView(
  db: Db,
  profileId: string | undefined,
  settings: Settings,
  published: readonly Question[],
  questionsOf: (scope: PlanScope) => string[] | null | undefined,
  now: Date,
): Promise<ScheduleView> {
  const [stored, cards] = profileId
    ? await Promise.all([
        selectSchedule(db, profileId),
        db.$queryRaw<Row[]>`
          SELECT "questionId", "clozeIndex", due, state, "lastReview", stability, difficulty
          FROM "Card" WHERE "profileId" = ${profileId}`,
      ])
    : [{ weights: null, plans: [] as PlanRow[] }, [] as Row[]];
  const met = cards
    .map((c) => ({
      ...c,
      due: new Date(c.due),
      lastReview: c.lastReview && new Date(c.lastReview),
      state: Number(c.state),
    }))
    .filter((c) => !isNewState(c.state));
  const seen = new Set(met.map(cardKeyString));
  const dayStart = studyDayStart(now, settings.timeZone);
  const common = { desiredRetention: settings.desiredRetention, weights: stored.weights, now, dayStart };

  const plans = stored.plans.flatMap((row): PlanView[] => {
    const scope = parsePlanScope(row.scope);
    const ids = scope && questionsOf(scope);
    if (!scope || ids === undefined) return [];
    const inScope = ids === null ? undefined : new Set(ids);
    const keys = published.filter((q) => !inScope || inScope.has(q.id)).flatMap(cardKeysOf);
    const planned = new Set(keys.map(cardKeyString));
    const plan = computePlan({
      ...common,
      interviewDayStart: dateDayStart(row.date, settings.timeZone),
      cards: met.filter((c) => planned.has(cardKeyString(c))),
      unseen: keys.filter((k) => !seen.has(cardKeyString(k))).length,
      dailyNewLimit: settings.dailyNewLimit,
      targetRetention: row.targetRetention,
    });
    return [{ ...row, plan }];
  });

  const next = plans.find((p) => !p.plan.past);
  const plannedIds = next && questionsOf(parsePlanScope(next.scope)!);
  const unseen = published.flatMap(cardKeysOf).filter((k) => !seen.has(cardKeyString(k)));
  const isPlanned = (id: string) => !!next && (plannedIds === null || !!plannedIds?.includes(id));
  // The plan's cards are introduced first, as its pace asks.
  const ordered = [...unseen.filter((k) => isPlanned(k.questionId)), ...unseen.filter((k) => !isPlanned(k.questionId))];
  const days = studyDays(now, settings.timeZone, { future: 30 });
  const sim = simulate({
    ...common,
    days: days.length,
    cards: met.map((c) => ({ ...c, inPlan: isPlanned(c.questionId) })),
    newCards: ordered.map((k) => ({ inPlan: isPlanned(k.questionId) })),
    newPerDay: settings.dailyNewLimit,
    finalPass: next?.plan.finalPass,
    seed: SEED,
  });
  const forecast = days.map((d, i) => {
    const { reviews, introduced } = sim.days[i]!;
    return { date: d.date, count: reviews + introduced, reviews, introduced };
  });
  return { plans, forecast, personal: !!stored.weights };
}
