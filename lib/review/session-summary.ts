/** A rating of this session, as the device's state keeps today's ratings. */
type Rated = { rating: number; reviewedAt: Date };

export type SessionTally = {
  reviewed: number;
  /** Ratings by value: 1 Again, 2 Hard, 3 Good, 4 Easy. */
  byRating: Record<1 | 2 | 3 | 4, number>;
  /** From the session's start to its last rating (0 before the first). */
  ms: number;
};

/**
 * What a session has done: the ratings made since it started and not taken back (today's ratings kept on the
 * device drop an undone one), counted by rating, and the time from the start to the last rating.
 */
export function sessionTally(today: readonly Rated[], since: Date): SessionTally {
  const mine = today.filter((r) => r.reviewedAt >= since);
  const byRating = { 1: 0, 2: 0, 3: 0, 4: 0 };
  for (const r of mine) if (r.rating in byRating) byRating[r.rating as 1 | 2 | 3 | 4] += 1;
  const last = Math.max(since.getTime(), ...mine.map((r) => r.reviewedAt.getTime()));
  return { reviewed: mine.length, byRating, ms: last - since.getTime() };
}

/**
 * Why nothing is left to show now, in the learner's terms:
 * - `learningLater`: a card still being learned comes back later today;
 * - `newLimit`: new cards are left, but today's allowance of them is used up (or switched off);
 * - `blanksTomorrow`: the new cards left are further blanks of cloze questions studied today (one a day);
 * - `allLearned`: every card in scope has been studied and none is due again today.
 */
export type CaughtUpReason = "learningLater" | "newLimit" | "blanksTomorrow" | "allLearned";

export function caughtUpReason(queue: {
  comeBackAt: Date | undefined;
  /** New cards in scope not yet studied (before the daily limit). */
  unseenLeft: number;
  /** How many more new cards today's limit allows. */
  newAllowed: number;
}): CaughtUpReason {
  if (queue.comeBackAt) return "learningLater";
  if (queue.unseenLeft === 0) return "allLearned";
  return queue.newAllowed === 0 ? "newLimit" : "blanksTomorrow";
}

/** The soonest due time after `now` among these cards, if any. */
export function nextDueAfter(
  cards: Iterable<{ questionId: string; due: Date }>,
  now: Date,
  inScope: (questionId: string) => boolean,
) {
  let next: Date | undefined;
  for (const c of cards) if (c.due > now && inScope(c.questionId) && (!next || c.due < next)) next = c.due;
  return next;
}
