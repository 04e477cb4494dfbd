import { createDueLoad } from "./due-load";
import type { Placement } from "./placement";

/**
 * An interview plan as the scheduler needs it, on both sides (`GET /api/review/state` carries it to the device):
 * its final pass as instants (the learner's study-day boundaries, worked out by the server in their time zone) and
 * the questions it covers (null: everything).
 */
export type PlanWindow = {
  id: string;
  /** The interview day, YYYY-MM-DD. */
  date: string;
  finalPassStart: string;
  finalPassEnd: string;
  questionIds: string[] | null;
};

/** Where a learner's next long intervals land: their due load, kept current, and their plans' final passes. */
export type Placer = {
  placementFor(questionId: string, at: Date): Placement;
  /** A card's due changed (undefined: it had none, or has none now). */
  moved(from: Date | undefined, to: Date | undefined): void;
};

/**
 * The one way both the browser and the server decide a rating's placement, from explicit inputs: the due times of
 * the learner's other cards and their plans. The plan whose interview comes first wins when several cover a card.
 */
export function createPlacer(dues: Iterable<Date>, plans: readonly PlanWindow[] = []): Placer {
  const load = createDueLoad(Array.from(dues, (d) => d.getTime()));
  const windows = plans
    .map((p) => ({
      start: new Date(p.finalPassStart),
      end: new Date(p.finalPassEnd),
      covers: p.questionIds && new Set(p.questionIds),
    }))
    .sort((a, b) => a.end.getTime() - b.end.getTime());
  return {
    placementFor(questionId, at) {
      const plan = windows.find((w) => at < w.end && (!w.covers || w.covers.has(questionId)));
      return { load, finalPass: plan && { start: plan.start, end: plan.end } };
    },
    moved: (from, to) => load.move(from?.getTime(), to?.getTime()),
  };
}
