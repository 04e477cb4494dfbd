import "server-only";
import { prisma } from "../db/client";
import { loadQueueState } from "../review/load-queue";
import { dueTodayByTopic } from "../review/due-by-topic";
import { cardKeysInScope, questionsInScope } from "../review/scope";
import { currentProfileId, getLearnerSettings } from "../session/profile";
import { learnerSchedule } from "./learner-schedule";
import { getSnapshot } from "./snapshot";

/**
 * Cards due today (including the new cards still allowed today), in total and how many of them come from each
 * topic: for the home and topic pages.
 */
export async function getDueToday(): Promise<{ total: number; byTopic: Map<string, number> }> {
  const [profileId, settings] = await Promise.all([currentProfileId(), getLearnerSettings()]);
  const snapshot = getSnapshot();
  const now = new Date();
  const [state, { plans }] = await Promise.all([
    loadQueueState(prisma, profileId, settings, now),
    learnerSchedule(prisma, profileId ?? null, settings.timeZone, now),
  ]);
  const questions = questionsInScope(snapshot, {}) ?? [];
  const topicOf = new Map(questions.map((q) => [q.id, q.topic]));
  // One session over everything, attributed to topics: the topics add up to the total.
  return dueTodayByTopic({ ...state, plans, candidates: cardKeysInScope(questions) }, (id) => topicOf.get(id));
}
