import type { History } from "../review/fsrs-history";

export type FitMetrics = { logLoss: number; rmse: number };

export type Optimised = {
  weights: number[];
  /** Log-loss and RMSE (binned) of the defaults and of the fitted parameters, on the same history. */
  before: FitMetrics;
  after: FitMetrics;
};

type Binding = typeof import("@open-spaced-repetition/binding");
let binding: Promise<Binding> | undefined;
// Loaded on first use: the WASI module is large and only the optimiser job needs it (never a request).
const load = () => (binding ??= import("@open-spaced-repetition/binding"));

/**
 * Fits FSRS parameters to a learner's histories with fsrs-rs (the maintained optimiser) and measures them against
 * the defaults on the same data. Short-term (same-day) reviews are modelled, as the scheduler does.
 */
export async function optimiseWeights(histories: readonly History[]): Promise<Optimised> {
  const b = await load();
  const items = histories.flatMap((h) => {
    const reviews = h.map((r) => new b.FSRSBindingReview(r.rating, r.deltaT));
    // One item per rating a day or more after the one before (fsrs-rs labels only long-term reviews): the rating
    // to predict, with the history before it. fsrs-rs aborts the whole process (a panic it cannot unwind) on an
    // item with no such review, so same-day learning steps never end an item, as in Anki.
    return reviews
      .slice(1)
      .flatMap((_, i) => (h[i + 1]!.deltaT > 0 ? [new b.FSRSBindingItem(reviews.slice(0, i + 2))] : []));
  });
  const weights = await b.computeParameters(items, { enableShortTerm: true });
  const metrics = (e: { logLoss: number; rmseBins: number }): FitMetrics => ({ logLoss: e.logLoss, rmse: e.rmseBins });
  return {
    weights,
    before: metrics(new b.FSRSBinding().evaluate(items)),
    after: metrics(new b.FSRSBinding(weights).evaluate(items)),
  };
}
