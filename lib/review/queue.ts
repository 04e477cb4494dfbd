import { cardKeyString, type CardKey } from "./card-keys";
import { finalPassDue, planFirst, type QueuePlan } from "./plan-queue";
import { isLearningState, isNewState } from "./scheduler";

export type QueueCard = CardKey & { due: Date; state: number; lastReview: Date | null };

export type QueueInput = {
  /** The learner's cards (rows) in any order; cards outside `candidates` are ignored. */
  cards: QueueCard[];
  /** Every card in scope, in study order (bank order): unseen ones become new cards in this order. */
  candidates: readonly CardKey[];
  /** New cards already introduced this study day (first ratings not undone). */
  newIntroducedToday: number;
  dailyNewLimit: number;
  now: Date;
  /** When the study day began: new blanks of a cloze question already studied since then wait for another day. */
  dayStart: Date;
  /** When the study day ends: cards due before it are "due today". */
  dayEnd: Date;
  /** The learner's interview plans: their new cards come first, and their final pass makes their cards due. */
  plans?: readonly QueuePlan[];
  /** Cards suspended or buried now (cardKeyString, see card-holds.ts): out of the queue, due or new. */
  held?: ReadonlySet<string>;
};

export type QueueCounts = { newLeft: number; learning: number; review: number; dueToday: number };

export type Queue = {
  /** The card to show now, if any. */
  next: (CardKey & { isNew: boolean }) | undefined;
  counts: QueueCounts;
  /** Nothing to show now, but a learning card comes back later today at this time. */
  comeBackAt: Date | undefined;
};

/** Anki's "learn ahead" limit: a learning step due within this window is shown now rather than making the learner wait. */
export const LEARN_AHEAD_MS = 20 * 60_000;

/**
 * What to study next: cards due now first (most overdue first), then new cards up to what remains of the
 * daily limit, one blank per cloze question a day (as Anki buries siblings: c2 right after c1 is answered
 * from short-term memory, not recalled). Cards the learner queued explicitly (new cards with a row, e.g. missed quiz questions) are due
 * like any other and do not wait for the limit.
 */
export function buildQueue(input: QueueInput): Queue {
  const { today, unseen } = todaysCards(input);
  const counts: QueueCounts = {
    newLeft: unseen.length + today.filter((c) => isNewState(c.state)).length,
    learning: today.filter((c) => isLearningState(c.state)).length,
    review: today.filter((c) => !isNewState(c.state) && !isLearningState(c.state)).length,
    dueToday: 0,
  };
  counts.dueToday = counts.newLeft + counts.learning + counts.review;

  const dueNow = today.find((c) => c.due <= input.now);
  if (dueNow) return { next: pick(dueNow, isNewState(dueNow.state)), counts, comeBackAt: undefined };
  if (unseen[0]) return { next: pick(unseen[0], true), counts, comeBackAt: undefined };
  const ahead = today.find((c) => c.due.getTime() - input.now.getTime() <= LEARN_AHEAD_MS);
  if (ahead) return { next: pick(ahead, false), counts, comeBackAt: undefined };
  return { next: undefined, counts, comeBackAt: today[0]?.due };
}

/**
 * The cards of today's session: those with a row due before the day ends (soonest first) and the new cards still
 * allowed today (in study order). Everything the counts say, card by card.
 */
export function todaysCards(input: QueueInput): { today: QueueCard[]; unseen: CardKey[] } {
  const held = input.held ?? new Set<string>();
  const candidates = held.size ? input.candidates.filter((k) => !held.has(cardKeyString(k))) : input.candidates;
  const inScope = new Set(candidates.map(cardKeyString));
  const plans = input.plans ?? [];
  const cards = input.cards
    .filter((c) => inScope.has(cardKeyString(c)))
    .map((c) => (plans.length ? { ...c, due: finalPassDue(c, plans, input.now) } : c));
  const seen = new Set(cards.map(cardKeyString));
  const remaining = Math.max(0, input.dailyNewLimit - input.newIntroducedToday);
  const ordered = plans.length ? planFirst(candidates, plans, input.now) : candidates;
  const unseen = newCards(ordered, seen, cards, input.dayStart).slice(0, remaining);
  const today = cards.filter((c) => c.due < input.dayEnd).sort((a, b) => a.due.getTime() - b.due.getTime());
  return { today, unseen };
}

const pick = (k: CardKey, isNew: boolean) => ({ questionId: k.questionId, clozeIndex: k.clozeIndex, isNew });

function newCards(candidates: readonly CardKey[], seen: Set<string>, cards: QueueCard[], dayStart: Date): CardKey[] {
  const studiedToday = new Set(cards.filter((c) => c.lastReview && c.lastReview >= dayStart).map((c) => c.questionId));
  const picked = new Set<string>();
  return candidates.filter((k) => {
    if (seen.has(cardKeyString(k)) || studiedToday.has(k.questionId) || picked.has(k.questionId)) return false;
    picked.add(k.questionId);
    return true;
  });
}
