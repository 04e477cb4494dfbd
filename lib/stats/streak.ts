/**
 * Consecutive study days with at least one review, ending today — or yesterday while today has none yet, so a
 * streak is not lost before the day is over. `dailyCounts` has today last (the heatmap's counts).
 */
export function currentStreak(dailyCounts: readonly number[]): number {
  let end = dailyCounts.length - 1;
  if (end >= 0 && dailyCounts[end] === 0) end--;
  let streak = 0;
  for (let i = end; i >= 0 && dailyCounts[i]! > 0; i--) streak++;
  return streak;
}
