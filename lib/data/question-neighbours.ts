import "server-only";
import { isPublished, type Question } from "../content/schemas/question";
import { getSnapshot } from "./snapshot";

/** Where a question sits in its topic, in the order the topic page lists them (bank by bank). */
export type TopicPlace = { topic: string; position: number; total: number; previous?: Question; next?: Question };

/** Each topic's published questions in reading order, per snapshot object (a rebuilt snapshot gets a new one). */
const orderIndex = new WeakMap<object, Map<string, Question[]>>();

function topicOrder(): Map<string, Question[]> {
  const snapshot = getSnapshot();
  let order = orderIndex.get(snapshot);
  if (order) return order;
  const byId = new Map(snapshot.questions.map((q) => [q.id, q]));
  order = new Map();
  for (const bank of snapshot.banks) {
    const list = order.get(bank.topic) ?? [];
    for (const id of bank.questionIds) {
      const q = byId.get(id);
      if (q && isPublished(q)) list.push(q);
    }
    order.set(bank.topic, list);
  }
  orderIndex.set(snapshot, order);
  return order;
}

/** The questions before and after this one in its topic, for "previous" and "next" on the question page. */
export function topicPlace(question: Question): TopicPlace | undefined {
  const list = topicOrder().get(question.topic) ?? [];
  const at = list.findIndex((q) => q.id === question.id);
  if (at < 0) return undefined;
  return { topic: question.topic, position: at + 1, total: list.length, previous: list[at - 1], next: list[at + 1] };
}
