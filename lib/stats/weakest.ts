export type WeakQuestion = { questionId: string; lapses: number; stability: number; lastAgain: Date | null };

export const WEAKEST_COUNT = 10;

/**
 * The questions the learner struggles with most, among those studied: most lapses (times a learned card was
 * forgotten), then the least stable memory, then the most recent Again (within the past year). A cloze question's blanks are summed
 * (lapses) or take the weakest blank (stability).
 */
export function weakestQuestions(
  cards: readonly { questionId: string; lapses: number; stability: number; reps: number }[],
  lastAgain: ReadonlyMap<string, Date>,
  limit = WEAKEST_COUNT,
): WeakQuestion[] {
  const byQuestion = new Map<string, WeakQuestion>();
  for (const c of cards) {
    if (c.reps === 0) continue;
    const q = byQuestion.get(c.questionId);
    if (q) {
      q.lapses += c.lapses;
      q.stability = Math.min(q.stability, c.stability);
    } else
      byQuestion.set(c.questionId, {
        questionId: c.questionId,
        lapses: c.lapses,
        stability: c.stability,
        lastAgain: lastAgain.get(c.questionId) ?? null,
      });
  }
  return [...byQuestion.values()]
    .sort(
      (a, b) =>
        b.lapses - a.lapses ||
        a.stability - b.stability ||
        (b.lastAgain?.getTime() ?? 0) - (a.lastAgain?.getTime() ?? 0) ||
        a.questionId.localeCompare(b.questionId),
    )
    .slice(0, limit);
}
