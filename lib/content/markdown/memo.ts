/**
 * A bounded memo for pure renderers. The zh and en files of a bank share their formulas and code, and they are
 * rendered one after the other, so each is rendered once instead of twice. The bound is small on purpose (a bank
 * pair needs a few hundred entries): rendered math is large, and on 5,000 synthetic questions an unbounded memo
 * held about 500 MB.
 */
export function memoize<A extends unknown[], R>(fn: (...args: A) => R, key: (...args: A) => string, limit = 1_000) {
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
