import type { SyncedCard } from "./sync-protocol";
import type { CardRow } from "./sync-rows";

/** A card row as the protocol sends it: dates as ISO strings. */
export const toSyncedCard = (c: CardRow): SyncedCard => ({
  questionId: c.questionId,
  clozeIndex: c.clozeIndex,
  due: c.due.toISOString(),
  stability: c.stability,
  difficulty: c.difficulty,
  elapsedDays: c.elapsedDays,
  scheduledDays: c.scheduledDays,
  learningSteps: c.learningSteps,
  reps: c.reps,
  lapses: c.lapses,
  state: c.state,
  lastReview: c.lastReview ? c.lastReview.toISOString() : null,
  contentHash: c.contentHash,
  contentLang: c.contentLang,
});
