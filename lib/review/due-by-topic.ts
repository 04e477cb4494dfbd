import type { QueueInput } from "./queue";
import { todaysCards } from "./queue";

/**
 * How many of today's session cards come from each topic: the whole session's cards (due ones, then the new cards
 * the daily limit still allows, in study order) attributed to their topics, so the topics add up to the total.
 * Counting each topic as a session of its own would give every topic the full daily new limit ("20 due" twelve
 * times beside a total of 20).
 */
export function dueTodayByTopic(input: QueueInput, topicOf: (questionId: string) => string | undefined) {
  const { today, unseen } = todaysCards(input);
  const byTopic = new Map<string, number>();
  for (const card of [...today, ...unseen]) {
    const topic = topicOf(card.questionId);
    if (topic !== undefined) byTopic.set(topic, (byTopic.get(topic) ?? 0) + 1);
  }
  return { total: today.length + unseen.length, byTopic };
}
