import { cardKeyString, type CardKey } from "../review/card-keys";
import { MATURE_DAYS } from "./review-tally";

export type TopicMastery = { topicId: string; cards: number; mastered: number; share: number };

/** A card counts as mastered once FSRS expects it to stay remembered for three weeks. */
export const MASTERY_STABILITY_DAYS = MATURE_DAYS;

/**
 * Per topic, the share of its published cards (every blank of a cloze question is a card) whose stored stability
 * is at least 21 days. Cards never studied count as not mastered.
 */
export function masteryByTopic(
  topics: readonly { topicId: string; cards: readonly CardKey[] }[],
  stored: readonly (CardKey & { stability: number })[],
): TopicMastery[] {
  const stability = new Map(stored.map((c) => [cardKeyString(c), c.stability]));
  return topics.map(({ topicId, cards }) => {
    const mastered = cards.filter((k) => (stability.get(cardKeyString(k)) ?? 0) >= MASTERY_STABILITY_DAYS).length;
    return { topicId, cards: cards.length, mastered, share: cards.length ? mastered / cards.length : 0 };
  });
}
