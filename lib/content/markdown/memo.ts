/**
 * A bounded memo for pure renderers. The zh and en files of a bank share their formulas and code, so each
 * is rendered once instead of twice; the small bound (a bank pair needs a few hundred entries) keeps memory flat: an unbounded memo held
 * 500 MB on 5,000 synthetic questions.
 */
export function memoize<A extends unknown[], R>(fn: (...args: A) => R, key: (...args: A) => string, limit = 4_000) {
  const cache = new Map<string, R>();
  return (...args: A): R => {
    const k = key(...args);
    const hit = cache.get(k);
    if (hit !== undefined) return hit;
    const value = fn(...args);
    if (cache.size >= limit) cache.clear();
    cache.set(k, value);
    return value;
  };
}
