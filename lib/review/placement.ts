import { get_fuzz_range } from "ts-fsrs";
import type { DueLoad } from "./due-load";

export const DAY_MS = 86_400_000;

/** A final pass a plan asks for: a card rated before `start` must come due again before `end` (the interview day). */
export type FinalPass = { start: Date; end: Date };

/** What, beyond the card and the rating, decides where a long interval lands. Both are optional. */
export type Placement = {
  /** The learner's other cards' due times: the least loaded day in the window wins. */
  load?: DueLoad;
  /** An interview-date plan covering this card. */
  finalPass?: FinalPass;
};

/**
 * The days FSRS allows for an interval of `ideal` days: ts-fsrs's fuzz range (about ±5–15 %, at least ±1 day from
 * 3 days on; intervals under 2.5 days have no room). Balancing chooses inside it, so a button never moves by more.
 */
export function intervalWindow(ideal: number, elapsedDays: number, maximum = 36_500): { min: number; max: number } {
  if (ideal < 2.5) return { min: ideal, max: ideal };
  const { min_ivl, max_ivl } = get_fuzz_range(ideal, elapsedDays, maximum);
  return { min: min_ivl, max: max_ivl };
}

/**
 * The interval, in whole days, a card rated at `now` gets instead of `ideal`: the least loaded day of its window
 * (ties go to the day nearest the ideal, then the earlier), then, under a plan, no later than the final pass: a card
 * rated before the pass whose interval would skip it is brought into the pass (the least loaded of its days, ties to
 * the later, which leaves it fresher on the day). Pure and deterministic: same inputs, same day, on any device.
 */
export function placeInterval(ideal: number, elapsedDays: number, now: Date, placement: Placement): number {
  if (ideal < 1) return ideal;
  const t = now.getTime();
  const load = placement.load;
  let chosen = ideal;
  if (load) {
    const { min, max } = intervalWindow(ideal, elapsedDays);
    let best = Infinity;
    for (let k = min; k <= max; k++) {
      const n = load.around(t + k * DAY_MS);
      const better = n < best || (n === best && Math.abs(k - ideal) < Math.abs(chosen - ideal));
      if (better) {
        best = n;
        chosen = k;
      }
    }
  }
  const pass = placement.finalPass;
  if (!pass || t >= pass.start.getTime()) return chosen;
  const first = Math.max(1, Math.ceil((pass.start.getTime() - t) / DAY_MS));
  const last = Math.ceil((pass.end.getTime() - t) / DAY_MS) - 1;
  // Due before the pass ends (so seen in it or before it, and again later), or no whole day lands in the pass.
  if (chosen <= last || first > last) return chosen;
  let pick = last;
  if (load) {
    let best = Infinity;
    for (let k = last; k >= first; k--) {
      const n = load.around(t + k * DAY_MS);
      if (n < best) {
        best = n;
        pick = k;
      }
    }
  }
  return pick;
}
