import { default_w, fsrs } from "ts-fsrs";
import type { History } from "@/lib/review/fsrs-history";
import { seededRandom } from "@/lib/review/random";

/**
 * Review histories of a learner whose memory follows `trueWeights` (not the defaults), scheduled as the app does
 * with the default parameters: what the optimiser sees before a learner's own parameters exist. Deterministic.
 */
export function syntheticHistories(
  cards: number,
  reviewsPerCard: number,
  seed: number,
  trueWeights = learnerWeights(),
) {
  const truth = fsrs({ w: trueWeights, enable_fuzz: false });
  const app = fsrs({ enable_fuzz: false });
  const random = seededRandom(seed);
  const histories: History[] = [];
  for (let c = 0; c < cards; c++) {
    const first = random() < 0.8 ? 3 : 1;
    const history: History = [{ rating: first, deltaT: 0 }];
    let real = truth.next_state(null, 0, first);
    let belief = app.next_state(null, 0, first);
    for (let k = 1; k < reviewsPerCard; k++) {
      const t = app.next_interval(belief.stability, 0);
      const recalled = random() < truth.forgetting_curve(t, real.stability);
      const rating = recalled ? (random() < 0.85 ? 3 : 4) : 1;
      history.push({ rating, deltaT: t });
      real = truth.next_state(real, t, rating);
      belief = app.next_state(belief, t, rating);
    }
    histories.push(history);
  }
  return histories;
}

/** A learner who keeps new cards far longer than average and forgets more slowly. */
export function learnerWeights(): number[] {
  const w = [...default_w];
  for (let i = 0; i < 4; i++) w[i] = w[i]! * 4;
  w[8] = w[8]! * 1.2;
  return w;
}
