import { DAY_ROLLOVER_HOUR } from "./study-day";

const DAY_MS = 86_400_000;

/** One rating from the log, as the optimiser needs it. */
export type LoggedRating = { card: string; rating: number; reviewedAt: Date };

/** A card's history as fsrs-rs trains on it: ratings with whole study days since the previous one (0 first). */
export type History = { rating: number; deltaT: number }[];

/**
 * Turns a review log into per-card histories for the optimiser: each card's ratings in time order, with the number
 * of study days (04:00 rollover at the learner's UTC offset) since its previous rating, as fsrs-rs expects.
 */
export function historiesFromLog(log: readonly LoggedRating[], offsetMinutes: number): History[] {
  const byCard = new Map<string, LoggedRating[]>();
  for (const r of log) {
    const list = byCard.get(r.card);
    if (list) list.push(r);
    else byCard.set(r.card, [r]);
  }
  const dayOf = (t: Date) =>
    Math.floor((t.getTime() + offsetMinutes * 60_000 - DAY_ROLLOVER_HOUR * 3_600_000) / DAY_MS);
  return [...byCard.values()].map((list) => {
    list.sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
    return list.map((r, i) => ({
      rating: r.rating,
      deltaT: i === 0 ? 0 : dayOf(r.reviewedAt) - dayOf(list[i - 1]!.reviewedAt),
    }));
  });
}

/**
 * Minimum history before a learner's own parameters replace the defaults: 200 ratings. The FSRS authors measured
 * that parameters fitted on about 200 reviews hold up on the next 1,000 (ankitects/anki#3094), and that below
 * that only the initial stabilities are worth fitting (fsrs-rs#152, 100–200 suggested as the threshold); they
 * re-optimise each time the review count doubles, as we do (200, 400, 800, …).
 */
export const MIN_REVIEWS_TO_OPTIMISE = 200;

/** The review count at which the next automatic optimisation is due, after one at `lastCount` (0: never). */
export function nextOptimisationAt(lastCount: number): number {
  return lastCount < MIN_REVIEWS_TO_OPTIMISE ? MIN_REVIEWS_TO_OPTIMISE : lastCount * 2;
}
