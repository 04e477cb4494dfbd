import { createDueLoad } from "./due-load";
import { DAY_MS, placeInterval, type FinalPass } from "./placement";
import { seededRandom } from "./random";
import { createScheduler, isNewState, type CardState } from "./scheduler";

/** A card as the simulation starts it: its memory state, and whether an interview plan covers it. */
export type SimCard = Pick<CardState, "due" | "stability" | "difficulty" | "state" | "lastReview"> & {
  inPlan?: boolean;
};

export type SimulationInput = {
  now: Date;
  /** When today's study day began: day d ends at dayStart + d + 1 days (default: now + d + 1 days). */
  dayStart?: Date;
  /** Simulated study days, today first. */
  days: number;
  desiredRetention: number;
  weights?: readonly number[] | null;
  /** The learner's cards already met. */
  cards: readonly SimCard[];
  /** Cards not met yet, introduced in this order (`inPlan`: covered by the plan). */
  newCards: readonly { inPlan: boolean }[];
  /** New cards introduced on each study day: a number, or one per day (a plan's pace). */
  newPerDay: number | ((day: number) => number);
  /** Balance the load as the scheduler does (on by default). */
  balance?: boolean;
  /** The plan's final pass, for cards with `inPlan`. */
  finalPass?: FinalPass;
  seed: number;
  /** Keep each card's review days (tests, plan checks). */
  trace?: boolean;
};

export type SimulatedDay = { reviews: number; introduced: number };

export type SimulationResult = {
  days: SimulatedDay[];
  /** Per card (met cards first, then new cards in order): the study days it was reviewed on (with `trace`). */
  reviewDays?: number[][];
  /** Day each new card was introduced (-1: not within the simulation). */
  introducedOn: Int32Array;
  /** Mean retrievability of the plan's cards at `finalPass.end` (unseen cards count 0), if there is a pass. */
  planRetention?: number;
};

/** How a learner answers in the simulation: Anki's simulator's shares of Hard/Good/Easy on a recall, and first ratings. */
const RECALL_GRADES = [0.15, 0.75, 0.1] as const;
const FIRST_GRADES = [0.2, 0.1, 0.6, 0.1] as const;

const pickGrade = (r: number, shares: readonly number[], offset: number) => {
  let acc = 0;
  for (let i = 0; i < shares.length; i++) {
    acc += shares[i]!;
    if (r < acc) return i + offset;
  }
  return shares.length - 1 + offset;
};

/**
 * Simulates a learner who does every due card each day and the new cards the pace allows, with the scheduler's own
 * FSRS model (the learner's weights), interval placement (load balancing, final pass) and a seeded random answer per
 * review drawn from the model's retrievability. One review moment per day (`now + d days`); learning steps are folded
 * into the day a card is introduced or lapses. Pure: the clock and the seed are inputs.
 */
export function simulate(input: SimulationInput): SimulationResult {
  const model = createScheduler(input.desiredRetention, input.weights).model;
  const random = seededRandom(input.seed);
  const met = input.cards.filter((c) => !isNewState(c.state));
  const n = met.length + input.newCards.length;
  const stability = new Float64Array(n);
  const difficulty = new Float64Array(n);
  const due = new Float64Array(n).fill(Infinity);
  const last = new Float64Array(n);
  const inPlan = new Uint8Array(n);
  const introducedOn = new Int32Array(input.newCards.length).fill(-1);
  const reviewDays = input.trace ? Array.from({ length: n }, () => [] as number[]) : undefined;
  const t0 = input.now.getTime();
  const pass = input.finalPass;
  met.forEach((c, i) => {
    stability[i] = c.stability;
    difficulty[i] = c.difficulty;
    last[i] = c.lastReview?.getTime() ?? t0;
    inPlan[i] = c.inPlan ? 1 : 0;
    due[i] = c.due.getTime();
    // A planned card due after the interview and not seen since the pass began is brought into the pass.
    if (pass && c.inPlan && due[i]! >= pass.end.getTime() && last[i]! < pass.start.getTime())
      due[i] = Math.max(t0, pass.start.getTime());
  });
  input.newCards.forEach((c, j) => (inPlan[met.length + j] = c.inPlan ? 1 : 0));
  const load = input.balance === false ? undefined : createDueLoad(Array.from(due.subarray(0, met.length)));

  const schedule = (i: number, at: number, elapsedDays: number) => {
    const ideal = model.next_interval(stability[i]!, elapsedDays);
    const days = placeInterval(ideal, elapsedDays, new Date(at), { load, finalPass: inPlan[i] ? pass : undefined });
    const next = at + days * DAY_MS;
    load?.move(due[i] === Infinity ? undefined : due[i], next);
    due[i] = next;
    last[i] = at;
  };
  const learn = (i: number, grade: number, at: number, elapsed: number) => {
    let s = model.next_state(
      stability[i]! > 0 ? { stability: stability[i]!, difficulty: difficulty[i]! } : null,
      elapsed,
      grade,
    );
    // Again or Hard on a new card, Again on a known one: learning steps the same day, ending with Good.
    if (grade === 1 || (elapsed === 0 && stability[i] === 0 && grade === 2)) s = model.next_state(s, 0, 3);
    stability[i] = s.stability;
    difficulty[i] = s.difficulty;
    schedule(i, at, 0);
  };

  const days: SimulatedDay[] = [];
  let nextNew = 0;
  for (let d = 0; d < input.days; d++) {
    const at = t0 + d * DAY_MS;
    const end = (input.dayStart?.getTime() ?? t0) + (d + 1) * DAY_MS;
    let reviews = 0;
    for (let i = 0; i < n; i++) {
      if (due[i]! >= end) continue;
      const elapsed = Math.max(0, Math.round((at - last[i]!) / DAY_MS));
      const r = model.forgetting_curve(elapsed, stability[i]!);
      const grade = random() < r ? pickGrade(random(), RECALL_GRADES, 2) : 1;
      reviews += 1;
      reviewDays?.[i]!.push(d);
      if (grade === 1) learn(i, 1, at, elapsed);
      else {
        const s = model.next_state({ stability: stability[i]!, difficulty: difficulty[i]! }, elapsed, grade);
        stability[i] = s.stability;
        difficulty[i] = s.difficulty;
        schedule(i, at, elapsed);
      }
    }
    const quota = typeof input.newPerDay === "number" ? input.newPerDay : input.newPerDay(d);
    let introduced = 0;
    for (; introduced < quota && nextNew < input.newCards.length; introduced++, nextNew++) {
      const i = met.length + nextNew;
      introducedOn[nextNew] = d;
      reviewDays?.[i]!.push(d);
      learn(i, pickGrade(random(), FIRST_GRADES, 1), at, 0);
    }
    days.push({ reviews, introduced });
  }

  let planRetention: number | undefined;
  if (pass) {
    let sum = 0;
    let count = 0;
    for (let i = 0; i < n; i++) {
      if (!inPlan[i]) continue;
      count += 1;
      if (stability[i]! > 0) sum += model.forgetting_curve((pass.end.getTime() - last[i]!) / DAY_MS, stability[i]!);
    }
    planRetention = count ? sum / count : undefined;
  }
  return { days, introducedOn, reviewDays, planRetention };
}
