import type { CardKey } from "./card-keys";
import type { CardState, ReviewLogState } from "./scheduler";

/** A card row as the sync service reads and writes it: the scheduling state, its key and the content it was shown in. */
export type CardRow = CardKey & CardState & { contentHash: string; contentLang: string };

/** A Review row: the rating, what was shown, and the card's state before it (ts-fsrs's log). */
export type ReviewRow = CardKey & ReviewLogState & { id: string; contentHash: string; contentLang: string };

/** A ReviewUndo row. */
export type UndoRow = { id: string; reviewId: string; createdAt: Date };

/** SQLite hands back DateTime as ISO text, PostgreSQL as a Date; both become a Date. */
export const toDate = (value: string | Date): Date => (value instanceof Date ? value : new Date(value));
export const toDateOrNull = (value: string | Date | null): Date | null => (value === null ? null : toDate(value));

export const keyOf = (k: CardKey): string => `${k.questionId}\u0000${k.clozeIndex}`;

/** The log columns of a review, compared to tell whether a replay changed a stored row. */
const LOG_FIELDS = [
  "state",
  "stability",
  "difficulty",
  "elapsedDays",
  "lastElapsedDays",
  "scheduledDays",
  "learningSteps",
] as const;

export function sameLog(a: ReviewLogState, b: ReviewLogState): boolean {
  return (
    LOG_FIELDS.every((f) => a[f] === b[f]) &&
    a.due.getTime() === b.due.getTime() &&
    a.dueBefore.getTime() === b.dueBefore.getTime()
  );
}

/** Reviews in the order they are replayed: by the device's time, ties broken by id so every server agrees. */
export const byReviewTime = (a: { reviewedAt: Date; id: string }, b: { reviewedAt: Date; id: string }) =>
  a.reviewedAt.getTime() - b.reviewedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
