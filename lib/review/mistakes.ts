import { cardKeyString, cardKeysOf, type CardKey } from "./card-keys";
import type { ScopeQuestion } from "./scope";

/**
 * How far back "my mistakes" looks: two weeks covers the last several sessions and a week or two of quizzes, so a
 * mistake stays in the deck long enough to be gone over more than once, while the deck stays a short list of what
 * is still fresh instead of a second backlog (older lapses are FSRS's business: they come back when due).
 */
export const MISTAKES_WINDOW_DAYS = 14;
const DAY_MS = 86_400_000;

/** Where a mistake was made: a flashcard rated Again, or a quiz answer graded wrong or partly right. */
export type MistakeSource = "again" | "quiz";

/**
 * A mistake as `GET /api/review/state` carries it, one per card (Again) or question (quiz), with its latest time.
 * The Again rows stop at the study day's start: today's ratings are in the download's `today` list, where the
 * device applies its own ratings and undos on top (lib/review/local-state.ts).
 */
export type MistakeRow = { kind: MistakeSource; questionId: string; clozeIndex: number; at: string };

/** A card of the deck: the latest mistake on it and where the mistakes were made. */
export type MistakeCard = CardKey & { at: Date; sources: MistakeSource[] };

/** A rating as the device keeps today's (server's download plus the outbox, undos applied). */
type Rating = CardKey & { rating: number; reviewedAt: Date };

/** The start of the deck's window. */
export const mistakesSince = (now: Date): Date => new Date(now.getTime() - MISTAKES_WINDOW_DAYS * DAY_MS);

/**
 * The cards of the "my mistakes" deck: cards rated Again within the window (earlier days from the download, today
 * from the device's ratings not taken back) and every card of a question answered wrong or partly in a quiz within
 * it, one entry per card, most recent mistake first (ties in study order). Questions no longer published, and blanks
 * a cloze question no longer has, are left out. `questions` are the published questions in study order.
 */
export function mistakeCards(
  questions: readonly ScopeQuestion[],
  rows: readonly MistakeRow[],
  today: readonly Rating[],
  now: Date,
): MistakeCard[] {
  const since = mistakesSince(now);
  const order = new Map<string, number>();
  const keysOf = new Map<string, CardKey[]>();
  questions.forEach((q, i) => {
    order.set(q.id, i);
    keysOf.set(q.id, cardKeysOf(q));
  });
  const deck = new Map<string, MistakeCard>();
  const add = (key: CardKey, at: Date, source: MistakeSource) => {
    if (at < since) return;
    const id = cardKeyString(key);
    const found = deck.get(id);
    if (!found) return void deck.set(id, { ...key, at, sources: [source] });
    if (at > found.at) found.at = at;
    if (!found.sources.includes(source)) found.sources = ["again", "quiz"];
  };
  const again = (key: CardKey, at: Date) => {
    const card = keysOf.get(key.questionId)?.find((k) => k.clozeIndex === key.clozeIndex);
    if (card) add(card, at, "again");
  };
  for (const row of rows) {
    if (row.kind === "again") again(row, new Date(row.at));
    else for (const key of keysOf.get(row.questionId) ?? []) add(key, new Date(row.at), "quiz");
  }
  for (const r of today) if (r.rating === 1) again(r, r.reviewedAt);
  return [...deck.values()].sort(
    (a, b) =>
      b.at.getTime() - a.at.getTime() ||
      order.get(a.questionId)! - order.get(b.questionId)! ||
      a.clozeIndex - b.clozeIndex,
  );
}
