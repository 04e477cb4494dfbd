import type { CardKey } from "./card-keys";
import type { PlanWindow } from "./placer";

/** What a plan changes in the queue; the dates come as the protocol carries them (ISO strings). */
export type QueuePlan = Pick<PlanWindow, "finalPassStart" | "finalPassEnd" | "questionIds">;

const covers = (plan: QueuePlan, questionId: string) =>
  plan.questionIds === null || plan.questionIds.includes(questionId);

/**
 * An interview plan's cards are introduced first: new cards in the scope of a plan whose day has not come go ahead
 * of the rest (each group keeps study order), so the daily allowance is spent on what the interview needs.
 */
export function planFirst<K extends CardKey>(candidates: readonly K[], plans: readonly QueuePlan[], now: Date): K[] {
  const live = plans.filter((p) => new Date(p.finalPassEnd) > now);
  if (live.length === 0) return [...candidates];
  const inPlan = (k: K) => live.some((p) => covers(p, k.questionId));
  return [...candidates.filter(inPlan), ...candidates.filter((k) => !inPlan(k))];
}

/**
 * The final pass: during the last days before an interview, every card in its scope not reviewed since the pass
 * began is due, even one scheduled for after the interview (ratings made before the pass were already capped to
 * it; this brings in the cards rated before the plan existed). Returns the due time the queue should use.
 */
export function finalPassDue(
  card: CardKey & { due: Date; lastReview: Date | null },
  plans: readonly QueuePlan[],
  now: Date,
): Date {
  for (const plan of plans) {
    const start = new Date(plan.finalPassStart);
    const end = new Date(plan.finalPassEnd);
    if (now < start || now >= end || !covers(plan, card.questionId)) continue;
    const reviewedInPass = card.lastReview !== null && card.lastReview >= start;
    if (!reviewedInPass && card.due > start) return start;
  }
  return card.due;
}
