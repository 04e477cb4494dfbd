import "server-only";
import type { Lang } from "../content/schemas/common";
import type { Question } from "../content/schemas/question";
import type { ContentDisplay } from "../preferences/content-lang";
import { prisma } from "../db/client";
import { LearnerSettingsSchema, type LearnerSettings } from "../profile/settings";
import type { CardKey } from "../review/card-keys";
import { cardView, type CardView } from "../review/card-view";
import { canUndo, loadQueue, loadQueueState } from "../review/load-queue";
import { buildQueue, type QueueCounts } from "../review/queue";
import { createScheduler } from "../review/scheduler";
import { cardKeysInScope, questionsInScope, type ReviewScope } from "../review/scope";
import { getQuestion } from "./content";
import { currentProfileId } from "./profile";
import { getSnapshot } from "./snapshot";

export type ReviewSession = {
  counts: QueueCounts;
  card: CardView | undefined;
  /** ISO time a learning card comes back, when nothing is due now. */
  comeBackAt: string | undefined;
  canUndo: boolean;
};

async function settingsOf(profileId: string | undefined): Promise<LearnerSettings> {
  const profile = profileId ? await prisma.profile.findUnique({ where: { id: profileId } }) : null;
  return LearnerSettingsSchema.parse(profile ?? {});
}

/**
 * The review screen's state for one learner and scope: counts and the card to show (or `show`, e.g. the card
 * an undo just took back). Undefined when the scope names nothing that exists.
 */
export async function reviewSessionFor(
  profileId: string | undefined,
  scope: ReviewScope,
  uiLang: Lang,
  now: Date,
  show?: CardKey,
  display: ContentDisplay = { primary: uiLang },
): Promise<ReviewSession | undefined> {
  const questions = questionsInScope(getSnapshot(), scope);
  if (!questions) return undefined;
  const settings = await settingsOf(profileId);
  const queue = await loadQueue(prisma, profileId, cardKeysInScope(questions), settings, now);
  const next = show ?? queue.next;
  const key = next && { questionId: next.questionId, clozeIndex: next.clozeIndex };
  const question = key && getQuestion(key.questionId);
  const stored = key && profileId ? await prisma.card.findUnique({ where: { profileId_questionId_clozeIndex: { profileId, ...key } } }) : null;
  return {
    counts: queue.counts,
    card: key && question ? cardView(question, key, stored, uiLang, createScheduler(settings.desiredRetention), now, display) : undefined,
    comeBackAt: queue.comeBackAt?.toISOString(),
    canUndo: await canUndo(prisma, profileId, settings.timeZone, now),
  };
}

export async function getReviewSession(scope: ReviewScope, uiLang: Lang, display?: ContentDisplay): Promise<ReviewSession | undefined> {
  return reviewSessionFor(await currentProfileId(), scope, uiLang, new Date(), undefined, display);
}

/** Cards due today (including the new cards still allowed today), in total and per topic: for the home and topic pages. */
export async function getDueToday(): Promise<{ total: number; byTopic: Map<string, number> }> {
  const profileId = await currentProfileId();
  const settings = await settingsOf(profileId);
  const snapshot = getSnapshot();
  const state = await loadQueueState(prisma, profileId, settings, new Date());
  const dueIn = (questions: Question[] | undefined) => buildQueue({ ...state, candidates: cardKeysInScope(questions ?? []) }).counts.dueToday;
  return { total: dueIn(questionsInScope(snapshot, {})), byTopic: new Map(snapshot.topics.map((t) => [t.id, dueIn(questionsInScope(snapshot, { topic: t.id }))])) };
}
