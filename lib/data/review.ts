import "server-only";
import type { Question } from "../content/schemas/question";
import { prisma } from "../db/client";
import { loadQueueState } from "../review/load-queue";
import { buildQueue } from "../review/queue";
import { cardKeysInScope, questionsInScope } from "../review/scope";
import { currentProfileId, getLearnerSettings } from "../session/profile";
import { learnerSchedule } from "./learner-schedule";
import { getSnapshot } from "./snapshot";

/** Cards due today (including the new cards still allowed today), in total and per topic: for the home and topic pages. */
export async function getDueToday(): Promise<{ total: number; byTopic: Map<string, number> }> {
  const [profileId, settings] = await Promise.all([currentProfileId(), getLearnerSettings()]);
  const snapshot = getSnapshot();
  const now = new Date();
  const [state, { plans }] = await Promise.all([
    loadQueueState(prisma, profileId, settings, now),
    learnerSchedule(prisma, profileId ?? null, settings.timeZone, now),
  ]);
  const dueIn = (questions: readonly Question[] | undefined) =>
    buildQueue({ ...state, plans, candidates: cardKeysInScope(questions ?? []) }).counts.dueToday;
  return { total: dueIn(questionsInScope(snapshot, {})), byTopic: new Map(snapshot.topics.map((t) => [t.id, dueIn(questionsInScope(snapshot, { topic: t.id }))])) };
}
