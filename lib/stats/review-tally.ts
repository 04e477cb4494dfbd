/** Reviews (not undone) counted at a moment: one review, or a whole study day's when the database aggregates. */
export type ReviewTally = { at: Date; reviews: number; mature: number; matureAgain: number };

/** A card's interval is "mature" from three weeks on (as in Anki): its recall says whether memories last. */
export const MATURE_DAYS = 21;
/** ts-fsrs's Review state: the card was past its learning steps before this rating. */
export const REVIEW_STATE = 2;
export const AGAIN = 1;

/** A review of a mature card: before the rating it was in Review state with an interval of at least 21 days. */
export const isMatureReview = (r: { state: number; scheduledDays: number }) =>
  r.state === REVIEW_STATE && r.scheduledDays >= MATURE_DAYS;

/** One review as a tally: what the unit tests and small inputs use. */
export function tallyOf(r: { reviewedAt: Date; state: number; scheduledDays: number; rating: number }): ReviewTally {
  const mature = isMatureReview(r) ? 1 : 0;
  return { at: r.reviewedAt, reviews: 1, mature, matureAgain: mature && r.rating === AGAIN ? 1 : 0 };
}
