import { holdStatus } from "./card-holds";
import { cardKeyString, type CardKey } from "./card-keys";
import type { LocalState } from "./local-state";
import { cardKeysInScope, questionsInScope, type ScopeQuestion } from "./scope";
import type { ReviewCatalog } from "./catalog";

/*
 * The card browser's rows (`/cards`): every published question's cards, new ones included, in study order, with the
 * state the device knows (its last download with the outbox on top, as the review session sees it). Pure, so the
 * filters are tested without a browser.
 */

export const CARD_STATES = ["new", "learning", "review", "relearning", "suspended", "buried"] as const;
export type CardBrowserState = (typeof CARD_STATES)[number];
export const DUE_BUCKETS = ["overdue", "today", "later"] as const;
export type DueBucket = (typeof DUE_BUCKETS)[number];

/** ts-fsrs's State, by number. */
const FSRS_STATES = ["new", "learning", "review", "relearning"] as const;

export type CardRowView = CardKey & {
  key: string;
  topic: string;
  tags: readonly string[];
  /** A hold (suspended, buried) shows instead of the scheduling state: it is what decides whether the card comes up. */
  state: CardBrowserState;
  due: Date | null;
  dueBucket: DueBucket | null;
};

export type CardFilter = {
  topic?: string;
  tag?: string;
  state?: CardBrowserState;
  due?: DueBucket;
  /** Only cards of these questions (the flagged ones); undefined: no such filter. */
  questionIds?: ReadonlySet<string>;
};

/** The rows of every published card. `dayStart`/`dayEnd`: the current study day, which "overdue" and "today" follow. */
export function cardRows(
  catalog: Pick<ReviewCatalog, "questions" | "banks" | "articles" | "topics">,
  local: Pick<LocalState, "cards" | "holds">,
  now: Date,
  day: { start: Date; end: Date },
): CardRowView[] {
  const questions = questionsInScope(catalog, {}) ?? [];
  const byId = new Map<string, ScopeQuestion>(questions.map((q) => [q.id, q]));
  return cardKeysInScope(questions).map((k) => {
    const key = cardKeyString(k);
    const q = byId.get(k.questionId)!;
    const card = local.cards.get(key);
    const hold = holdStatus(local.holds.get(key), now);
    const due = card ? card.due : null;
    const dueBucket = !due ? null : due < day.start ? "overdue" : due < day.end ? "today" : "later";
    return {
      ...k,
      key,
      topic: q.topic,
      tags: q.tags,
      state: hold ?? FSRS_STATES[card?.state ?? 0] ?? "new",
      due,
      dueBucket,
    };
  });
}

export function filterRows(rows: readonly CardRowView[], filter: CardFilter): CardRowView[] {
  return rows.filter(
    (r) =>
      (!filter.topic || r.topic === filter.topic) &&
      (!filter.tag || r.tags.includes(filter.tag)) &&
      (!filter.state || r.state === filter.state) &&
      (!filter.due || r.dueBucket === filter.due) &&
      (!filter.questionIds || filter.questionIds.has(r.questionId)),
  );
}
