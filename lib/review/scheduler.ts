import { createEmptyCard, fsrs, Rating, State, type Card as FsrsCard, type Grade, type ReviewLog } from "ts-fsrs";
import { DAY_MS, placeInterval, type Placement } from "./placement";

/** The scheduling state of a card as stored (one row of `Card`), independent of Prisma. */
export type CardState = {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
};

/** What ts-fsrs logs with a rating: the card as it was before it. Undo rolls back to this. */
export type ReviewLogState = {
  rating: number;
  state: number;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reviewedAt: Date;
  /** When the card was due before the rating (not part of ts-fsrs's log). */
  dueBefore: Date;
};

export const GRADES = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const satisfies readonly Grade[];
export type GradeValue = 1 | 2 | 3 | 4;

const toFsrs = (c: CardState): FsrsCard => ({
  due: c.due,
  stability: c.stability,
  difficulty: c.difficulty,
  elapsed_days: c.elapsedDays,
  scheduled_days: c.scheduledDays,
  learning_steps: c.learningSteps,
  reps: c.reps,
  lapses: c.lapses,
  state: c.state as State,
  last_review: c.lastReview ?? undefined,
});

const fromFsrs = (c: FsrsCard): CardState => ({
  due: c.due,
  stability: c.stability,
  difficulty: c.difficulty,
  elapsedDays: c.elapsed_days,
  scheduledDays: c.scheduled_days,
  learningSteps: c.learning_steps,
  reps: c.reps,
  lapses: c.lapses,
  state: c.state,
  lastReview: c.last_review ?? null,
});

const fromLog = (log: ReviewLog, dueBefore: Date): ReviewLogState => ({
  rating: log.rating,
  state: log.state,
  due: log.due,
  stability: log.stability,
  difficulty: log.difficulty,
  elapsedDays: log.elapsed_days,
  lastElapsedDays: log.last_elapsed_days,
  scheduledDays: log.scheduled_days,
  learningSteps: log.learning_steps,
  reviewedAt: log.review,
  dueBefore,
});

/** FSRS-6's parameter count: personal weights of any other length are ignored (the defaults apply). */
export const WEIGHT_COUNT = 21;

/** The learner's own FSRS parameters when they are usable, else undefined (ts-fsrs's defaults). */
export function usableWeights(weights: readonly number[] | null | undefined): number[] | undefined {
  if (!weights || weights.length !== WEIGHT_COUNT || !weights.every(Number.isFinite)) return undefined;
  return [...weights];
}

/**
 * A long-term interval moved inside its window by the placement (load balancing, a plan's final pass). Memory state
 * (stability, difficulty) does not depend on `due`, so only the due date and interval change.
 */
function placed(card: FsrsCard, before: CardState, now: Date, placement: Placement | undefined): FsrsCard {
  if (!placement || card.state !== State.Review || card.scheduled_days < 1) return card;
  const elapsed = before.lastReview ? Math.floor((now.getTime() - before.lastReview.getTime()) / DAY_MS) : 0;
  const days = placeInterval(card.scheduled_days, elapsed, now, placement);
  if (days === card.scheduled_days) return card;
  return { ...card, scheduled_days: days, due: new Date(now.getTime() + days * DAY_MS) };
}

/**
 * A thin wrapper over ts-fsrs with the clock passed in. Fuzz is off so the interval a button shows is exactly
 * the interval it gives; learning steps are ts-fsrs's defaults (1m, 10m; relearning 10m). `weights` are the
 * learner's optimised parameters (undefined: the defaults). A placement (the learner's due load, a plan's final
 * pass) moves a long interval inside its fuzz window; preview and rate take the same one, so a button still shows
 * exactly what it gives.
 */
export function createScheduler(desiredRetention: number, weights?: readonly number[] | null) {
  const w = usableWeights(weights);
  const f = fsrs({ request_retention: desiredRetention, enable_fuzz: false, enable_short_term: true, ...(w && { w }) });
  return {
    /** Where each rating would send the card: what the buttons show. */
    preview(card: CardState, now: Date, placement?: Placement): Record<GradeValue, Date> {
      const preview = f.repeat(toFsrs(card), now);
      const due = (g: Grade) => placed(preview[g].card, card, now, placement).due;
      return { 1: due(Rating.Again), 2: due(Rating.Hard), 3: due(Rating.Good), 4: due(Rating.Easy) };
    },
    rate(
      card: CardState,
      rating: GradeValue,
      now: Date,
      placement?: Placement,
    ): { card: CardState; log: ReviewLogState } {
      const result = f.next(toFsrs(card), now, rating as Grade);
      return { card: fromFsrs(placed(result.card, card, now, placement)), log: fromLog(result.log, card.due) };
    },
    /** The FSRS model itself (memory-state formulas), for simulations that must agree with the scheduler. */
    model: f,
    /** The card as it was before the rating that `log` records. */
    undo(card: CardState, log: ReviewLogState): CardState {
      // ts-fsrs rolls `due` back to the review time ("due now"); the learner expects the card exactly as it was.
      const restored = fromFsrs(
        f.rollback(toFsrs(card), {
          rating: log.rating as Rating,
          state: log.state as State,
          due: log.due,
          stability: log.stability,
          difficulty: log.difficulty,
          elapsed_days: log.elapsedDays,
          last_elapsed_days: log.lastElapsedDays,
          scheduled_days: log.scheduledDays,
          learning_steps: log.learningSteps,
          review: log.reviewedAt,
        }),
      );
      return { ...restored, due: log.dueBefore };
    },
  };
}
export type Scheduler = ReturnType<typeof createScheduler>;

/** A card never reviewed: due at once, in ts-fsrs's "new" state. */
export const emptyState = (now: Date): CardState => fromFsrs(createEmptyCard(now));

export const isNewState = (state: number) => state === State.New;
export const isLearningState = (state: number) => state === State.Learning || state === State.Relearning;
