import { createEmptyCard, fsrs, Rating, State, type Card as FsrsCard, type Grade, type ReviewLog } from "ts-fsrs";

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

/**
 * A thin wrapper over ts-fsrs with the clock passed in. Fuzz is off so the interval a button shows is exactly
 * the interval it gives; learning steps are ts-fsrs's defaults (1m, 10m; relearning 10m).
 */
export function createScheduler(desiredRetention: number) {
  const f = fsrs({ request_retention: desiredRetention, enable_fuzz: false, enable_short_term: true });
  return {
    /** Where each rating would send the card: what the buttons show. */
    preview(card: CardState, now: Date): Record<GradeValue, Date> {
      const preview = f.repeat(toFsrs(card), now);
      return {
        1: preview[Rating.Again].card.due,
        2: preview[Rating.Hard].card.due,
        3: preview[Rating.Good].card.due,
        4: preview[Rating.Easy].card.due,
      };
    },
    rate(card: CardState, rating: GradeValue, now: Date): { card: CardState; log: ReviewLogState } {
      const result = f.next(toFsrs(card), now, rating as Grade);
      return { card: fromFsrs(result.card), log: fromLog(result.log, card.due) };
    },
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
