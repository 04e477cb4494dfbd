import { heldKeys } from "./card-holds";
import { cardKeyString } from "./card-keys";
import type { ReviewCatalog } from "./catalog";
import { PREFETCH_CARDS, type LocalQueue } from "./local-session";
import { todaySince, type LocalState } from "./local-state";
import { mistakeCards, type MistakeCard, type MistakeRow } from "./mistakes";
import { isLearningState, isNewState } from "./scheduler";
import { questionsInScope } from "./scope";
import { studyDayStart } from "./study-day";

/**
 * The "my mistakes" deck's cards from the device's state (its download's mistakes, today's ratings on top). A card
 * the learner suspended or buried stays out, as it does of every other session.
 */
export function deckOfMistakes(
  catalog: ReviewCatalog,
  local: LocalState,
  mistakes: readonly MistakeRow[] | undefined,
  now: Date,
): MistakeCard[] {
  const held = heldKeys(local.holds.values(), now);
  return mistakeCards(questionsInScope(catalog, { deck: "mistakes" }) ?? [], mistakes ?? [], local.today, now).filter(
    (card) => !held.has(cardKeyString(card)),
  );
}

/**
 * The "my mistakes" session over the deck's cards (`deckOfMistakes`): extra practice, so every card of the deck is shown once per session whether it is due
 * or not (most recent mistake first), and a card rated since the session started is done. Ratings go through the
 * usual scheduler and outbox; the daily new-card limit does not hold back a card the learner got wrong in a quiz.
 */
export function mistakesQueue(
  catalog: ReviewCatalog,
  local: LocalState,
  deck: readonly MistakeCard[],
  sessionStart: Date,
  timeZone: string,
  now: Date,
): LocalQueue {
  const done = new Set(local.today.filter((r) => r.reviewedAt >= sessionStart).map(cardKeyString));
  const left = deck.filter((c) => !done.has(cardKeyString(c)));
  const states = left.map((c) => local.cards.get(cardKeyString(c))?.state);
  const newLeft = states.filter((s) => s === undefined || isNewState(s)).length;
  const learning = states.filter((s) => s !== undefined && isLearningState(s)).length;
  const versions = new Map(catalog.questions.map((q) => [q.id, q.v]));
  const ids = [...new Set(left.map((c) => c.questionId))].slice(0, PREFETCH_CARDS);
  const first = left[0];
  return {
    next: first && {
      questionId: first.questionId,
      clozeIndex: first.clozeIndex,
      isNew: !local.cards.has(cardKeyString(first)),
    },
    counts: { newLeft, learning, review: left.length - newLeft - learning, dueToday: left.length },
    comeBackAt: undefined,
    last: todaySince(local, studyDayStart(now, timeZone)).last,
    upcoming: ids.map((id) => ({ id, v: versions.get(id)! })),
    unseenLeft: 0,
    newAllowed: 0,
  };
}
