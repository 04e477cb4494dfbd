import { DAY_MS, type FinalPass } from "./placement";
import { isNewState } from "./scheduler";
import { simulate, type SimCard } from "./simulate";

/** The last study days before the interview in which every planned card comes due once more. */
export const FINAL_PASS_DAYS = 3;

export type PlanInput = {
  now: Date;
  /** When today's study day began, and when the interview day's begins (study-day boundaries, 04:00 local). */
  dayStart: Date;
  interviewDayStart: Date;
  /** The plan's cards the learner has met, and how many in scope they have not. */
  cards: readonly SimCard[];
  unseen: number;
  dailyNewLimit: number;
  desiredRetention: number;
  targetRetention: number;
  weights?: readonly number[] | null;
  seed?: number;
};

export type Plan = {
  /** Study days left before the interview day (today included). */
  daysLeft: number;
  /** Days on which new cards can still be introduced: each needs a second review before the final pass. */
  introDays: number;
  toIntroduce: number;
  /** New cards a day the plan needs (0 when none are left). */
  newPerDay: number;
  /** The plan fits in the learner's daily new-card limit. */
  feasible: boolean;
  /** Share of the plan's cards met by the last introduction day at the learner's limit (1 when feasible). */
  coverageAtLimit: number;
  /** Mean FSRS retrievability of the plan's cards on the interview day, simulated at the pace the plan uses. */
  expectedRetention: number;
  finalPass: FinalPass;
  /** The plan is over: scheduling is back to normal. */
  past: boolean;
  /** New cards a day the learner is asked for: what the plan needs, at most the daily limit. */
  pace: number;
};

/**
 * An interview-date plan: how fast to introduce the cards in scope so each is met early enough to be reviewed at
 * least twice before the date (introduced by the day before the final pass begins), the final pass (every planned
 * card due once in the last FINAL_PASS_DAYS days: the scheduler caps intervals to it), whether that fits the daily
 * limit, and the retention to expect on the day from a seeded simulation of the plan. Pure; the clock is an input.
 */
export function computePlan(input: PlanInput): Plan {
  const daysLeft = Math.max(0, Math.round((input.interviewDayStart.getTime() - input.dayStart.getTime()) / DAY_MS));
  const finalPass = {
    start: new Date(input.interviewDayStart.getTime() - FINAL_PASS_DAYS * DAY_MS),
    end: input.interviewDayStart,
  };
  // With the pass already begun, what is left to meet is met today (too late for a second review before the pass).
  const introDays = daysLeft > FINAL_PASS_DAYS ? daysLeft - FINAL_PASS_DAYS : Math.min(daysLeft, 1);
  const met = input.cards.filter((c) => !isNewState(c.state)).length;
  const toIntroduce = input.unseen;
  const total = met + toIntroduce;
  const past = daysLeft === 0;
  const newPerDay = toIntroduce === 0 ? 0 : introDays === 0 ? Infinity : Math.ceil(toIntroduce / introDays);
  const feasible = newPerDay <= input.dailyNewLimit;
  const coverageAtLimit =
    total === 0 ? 1 : Math.min(1, (met + Math.min(toIntroduce, input.dailyNewLimit * introDays)) / total);
  const pace = Math.min(newPerDay, input.dailyNewLimit);
  const sim = simulate({
    now: input.now,
    days: daysLeft,
    desiredRetention: input.desiredRetention,
    weights: input.weights,
    cards: input.cards.map((c) => ({ ...c, inPlan: true })),
    newCards: Array.from({ length: toIntroduce }, () => ({ inPlan: true })),
    newPerDay: (d) => (d < introDays ? pace : 0),
    finalPass,
    // Balancing moves reviews by a day or two inside their windows: it changes the workload, not the retention on
    // the day, and costs half the time here (the plan is computed on each page view).
    balance: false,
    seed: input.seed ?? 1,
  });
  return {
    daysLeft,
    introDays,
    toIntroduce,
    newPerDay: Number.isFinite(newPerDay) ? newPerDay : toIntroduce,
    feasible: feasible && !past,
    coverageAtLimit,
    expectedRetention: sim.planRetention ?? 0,
    finalPass,
    past,
    pace: Number.isFinite(pace) ? pace : input.dailyNewLimit,
  };
}
