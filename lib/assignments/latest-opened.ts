/**
 * The assignment an instructor most likely means by "the gradebook": the one opened most recently, or, when none
 * has opened yet, the one opening first. Undefined for a class without assignments.
 */
export function latestOpened<A extends { opensAt: Date }>(assignments: readonly A[], now: Date): A | undefined {
  const opened = assignments.filter((a) => a.opensAt <= now);
  const pick = (list: readonly A[], later: boolean) =>
    list.reduce<A | undefined>(
      (best, a) => (!best || (later ? a.opensAt > best.opensAt : a.opensAt < best.opensAt) ? a : best),
      undefined,
    );
  return opened.length ? pick(opened, true) : pick(assignments, false);
}
