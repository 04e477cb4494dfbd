import { heldKeys } from "./card-holds";
import { cardKeyString, type CardKey } from "./card-keys";
import type { ReviewCatalog } from "./catalog";
import { todaySince, type LocalReview, type LocalState } from "./local-state";
import { finalPassDue, planFirst, type QueuePlan } from "./plan-queue";
import { buildQueue, type Queue } from "./queue";
import { cardKeysInScope, questionsInScope, type ReviewScope } from "./scope";
import { studyDayEnd, studyDayStart } from "./study-day";

/** How many upcoming cards' content the device keeps ready: enough for a long offline session. */
export const PREFETCH_CARDS = 120;

export type LocalQueue = Queue & {
  /** Today's most recent rating, which Undo takes back. */
  last: LocalReview | undefined;
  /** The questions whose content the next cards need (due today, then the new ones allowed), in order, with versions. */
  upcoming: { id: string; v: string }[];
  /** New cards in scope not studied yet, before the daily limit: with `newAllowed`, why a finished session ended. */
  unseenLeft: number;
  /** How many more new cards today's limit allows. */
  newAllowed: number;
};

/**
 * The review queue the device builds from its own state: the same `buildQueue` the server uses, over the catalog's
 * scope, with the study day worked out in the browser's time zone. Undefined when the scope names nothing.
 */
export function localQueue(
  catalog: ReviewCatalog,
  local: LocalState,
  scope: ReviewScope,
  settings: { dailyNewLimit: number },
  timeZone: string,
  now: Date,
  plans: readonly QueuePlan[] = [],
): LocalQueue | undefined {
  const questions = questionsInScope(catalog, scope);
  if (!questions) return undefined;
  const candidates = cardKeysInScope(questions);
  const dayStart = studyDayStart(now, timeZone);
  const dayEnd = studyDayEnd(now, timeZone);
  const today = todaySince(local, dayStart);
  const cards = [...local.cards.values()];
  const queue = buildQueue({
    cards,
    candidates,
    newIntroducedToday: today.newIntroduced,
    dailyNewLimit: settings.dailyNewLimit,
    now,
    dayStart,
    dayEnd,
    plans,
    held: heldKeys(local.holds.values(), now),
  });
  const versions = new Map(questions.map((q) => [q.id, q.v]));
  const due = cards
    .map((c) => ({ ...c, due: finalPassDue(c, plans, now) }))
    .filter((c) => c.due < dayEnd && versions.has(c.questionId))
    .sort((a, b) => +a.due - +b.due);
  const seen = new Set(cards.map((c) => c.questionId));
  const fresh = planFirst(candidates, plans, now).filter((k) => !seen.has(k.questionId));
  const allowed = Math.max(0, settings.dailyNewLimit - today.newIntroduced);
  const upcomingKeys: CardKey[] = [...(queue.next ? [queue.next] : []), ...due, ...fresh.slice(0, allowed)];
  const ids = [...new Set(upcomingKeys.map((k) => k.questionId))].slice(0, PREFETCH_CARDS);
  return {
    ...queue,
    last: today.last,
    upcoming: ids.map((id) => ({ id, v: versions.get(id)! })),
    unseenLeft: candidates.filter((k) => !local.cards.has(cardKeyString(k))).length,
    newAllowed: allowed,
  };
}
