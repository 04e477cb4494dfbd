const DAY_MS = 86_400_000;

/**
 * How many of a learner's cards fall due around each instant: the input load balancing reads. Built from due times
 * alone (no time zone), so the browser and the server get the same counts from the same cards. A candidate day for
 * a card rated at `t` is `t + k days`; the cards due within half a day either side of it are that day's load.
 */
export type DueLoad = {
  /** Cards due within 12 hours either side of `at` (ms since the epoch). */
  around(at: number): number;
  /** A card's due moved (undefined: it had none, or has none now): keeps the counts right as a session goes on. */
  move(from: number | undefined, to: number | undefined): void;
};

/** A load over these due times (ms since the epoch), kept sorted so each question is two binary searches. */
export function createDueLoad(dues: Iterable<number>): DueLoad {
  const sorted = Float64Array.from(dues).sort();
  let values = sorted;
  let size = sorted.length;
  const lowerBound = (x: number) => {
    let lo = 0;
    let hi = size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (values[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    around: (at) => lowerBound(at + DAY_MS / 2) - lowerBound(at - DAY_MS / 2),
    move(from, to) {
      if (from !== undefined) {
        const i = lowerBound(from);
        if (i < size && values[i] === from) {
          values.copyWithin(i, i + 1, size);
          size -= 1;
        }
      }
      if (to !== undefined) {
        if (size === values.length) {
          const grown = new Float64Array(Math.max(16, values.length * 2));
          grown.set(values.subarray(0, size));
          values = grown;
        }
        const i = lowerBound(to);
        values.copyWithin(i + 1, i, size);
        values[i] = to;
        size += 1;
      }
    },
  };
}
