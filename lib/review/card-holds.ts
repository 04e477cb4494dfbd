import { cardKeyString } from "./card-keys";
import type { CardEvent, CardHold } from "./sync-protocol";

/*
 * Suspended and buried cards (README "Flashcards offline"). Pure: the device, the server's queue and the sync share
 * it. A card's hold is its latest suspend/unsuspend/bury by the device's time (ties by id, as ratings replay), so two
 * devices that acted on the same card offline agree once both logs have met, whatever order they arrived in.
 */

export type HoldStatus = "suspended" | "buried";

/** Whether `a` happened after `b` in the log's order. */
export const isLater = (a: Pick<CardHold, "at" | "id">, b: Pick<CardHold, "at" | "id">) => {
  const d = Date.parse(a.at) - Date.parse(b.at);
  return d > 0 || (d === 0 && a.id > b.id);
};

export const holdOf = (e: CardEvent): CardHold => ({
  questionId: e.questionId,
  clozeIndex: e.clozeIndex,
  id: e.id,
  action: e.action,
  at: e.at,
  until: e.until ?? null,
});

/** Adds holds to a map of each card's latest one (by card key), keeping the later where two name the same card. */
export function mergeHolds(into: Map<string, CardHold>, holds: Iterable<CardHold>): Map<string, CardHold> {
  for (const hold of holds) {
    const key = cardKeyString(hold);
    const current = into.get(key);
    if (!current || isLater(hold, current)) into.set(key, hold);
  }
  return into;
}

/** What a hold means at `now`: a suspension lasts until unsuspended, a burial until its study day ends. */
export function holdStatus(hold: CardHold | undefined, now: Date): HoldStatus | undefined {
  if (hold?.action === "suspend") return "suspended";
  if (hold?.action === "bury" && hold.until && Date.parse(hold.until) > now.getTime()) return "buried";
  return undefined;
}

/** The keys (cardKeyString) of the cards out of every queue at `now`. */
export function heldKeys(holds: Iterable<CardHold>, now: Date): Set<string> {
  const out = new Set<string>();
  for (const hold of holds) if (holdStatus(hold, now)) out.add(cardKeyString(hold));
  return out;
}
