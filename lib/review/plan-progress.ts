import { cardKeyString } from "./card-keys";
import type { ReviewCatalog } from "./catalog";
import type { PlanWindow } from "./placer";
import { isNewState } from "./scheduler";
import { cardKeysInScope } from "./scope";

const DAY_MS = 86_400_000;

/**
 * An interview plan as the review page shows it, from the device's own cards: cards in scope not met yet, and the
 * new cards a day needed to meet them all before the final pass (the dashboard's figures, without its simulation).
 */
export function planProgress(
  plan: PlanWindow,
  catalog: Pick<ReviewCatalog, "questions">,
  cards: ReadonlyMap<string, { state: number }>,
  now: Date,
): { date: string; left: number; perDay: number } {
  const ids = plan.questionIds && new Set(plan.questionIds);
  const keys = cardKeysInScope(catalog.questions.filter((q) => !ids || ids.has(q.id)));
  const left = keys.filter((k) => {
    const card = cards.get(cardKeyString(k));
    return !card || isNewState(card.state);
  }).length;
  const introDays = Math.max(1, Math.ceil((Date.parse(plan.finalPassStart) - now.getTime()) / DAY_MS));
  return { date: plan.date, left, perDay: left === 0 ? 0 : Math.ceil(left / introDays) };
}
