import type { CardKey } from "./card-keys";
import type { Placer } from "./placer";
import { emptyState, type CardState, type GradeValue, type Scheduler } from "./scheduler";
import { byReviewTime, sameLog, type CardRow, type ReviewRow } from "./sync-rows";

/** A rating to apply to a card: what the device said, and the content it was shown in. */
export type Rating = CardKey & {
  id: string;
  rating: number;
  reviewedAt: Date;
  contentHash: string;
  contentLang: string;
};

/**
 * Applies ratings, in the order given, to a card's state: the card after them, and each rating's Review row with
 * the log ts-fsrs writes (the card before that rating). `ratings` must be non-empty and sorted (byReviewTime).
 * With a placer, long intervals are placed (load balancing, a plan's final pass) and the load follows the card.
 */
export function rateForward(
  scheduler: Scheduler,
  start: CardState,
  ratings: readonly Rating[],
  placer?: Placer,
): { card: CardRow; rows: ReviewRow[] } {
  let state = start;
  const rows: ReviewRow[] = [];
  for (const r of ratings) {
    const placement = placer?.placementFor(r.questionId, r.reviewedAt);
    const { card, log } = scheduler.rate(state, r.rating as GradeValue, r.reviewedAt, placement);
    placer?.moved(state.due, card.due);
    rows.push({
      ...log,
      id: r.id,
      questionId: r.questionId,
      clozeIndex: r.clozeIndex,
      contentHash: r.contentHash,
      contentLang: r.contentLang,
    });
    state = card;
  }
  const last = ratings.at(-1)!;
  return {
    card: {
      ...state,
      questionId: last.questionId,
      clozeIndex: last.clozeIndex,
      contentHash: last.contentHash,
      contentLang: last.contentLang,
    },
    rows,
  };
}

/**
 * The card rebuilt from its whole log: every rating not taken back, stored or new, in review-time order (ties by
 * id), from a card never seen before the first. Returns the card (undefined when no rating is left: the card is
 * unseen again) and the Review rows to write: the new ones, and stored ones whose log columns the replay changed.
 */
export function replayCard(
  scheduler: Scheduler,
  stored: readonly ReviewRow[],
  added: readonly Rating[],
  placer?: Placer,
): { card: CardRow | undefined; rows: ReviewRow[] } {
  const all: Rating[] = [...stored, ...added].sort(byReviewTime);
  if (all.length === 0) return { card: undefined, rows: [] };
  const { card, rows } = rateForward(scheduler, emptyState(all[0]!.reviewedAt), all, placer);
  const before = new Map(stored.map((r) => [r.id, r]));
  return {
    card,
    rows: rows.filter((row) => {
      const old = before.get(row.id);
      return !old || !sameLog(old, row);
    }),
  };
}
