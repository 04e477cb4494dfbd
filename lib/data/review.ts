import "server-only";
import type { Lang } from "../content/schemas/common";
import type { Question } from "../content/schemas/question";
import type { ContentDisplay } from "../preferences/content-lang";
import { prisma } from "../db/client";
import { LearnerSettingsSchema, type LearnerSettings } from "../preferences/study-settings";
import type { CardKey } from "../review/card-keys";
import { cardView, type CardView } from "../review/card-view";
import { loadQueueState } from "../review/load-queue";
import { buildQueue, type QueueCounts } from "../review/queue";
import { createScheduler } from "../review/scheduler";
import { cardKeysInScope, questionsInScope, type ReviewScope } from "../review/scope";
import { getQuestion } from "./content";
import { NotFoundError } from "../errors";
import { currentProfileId, getLearnerSettings } from "../session/profile";
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

export type SessionOptions = {
  /** The card to show instead of the queue's next, e.g. the one an undo just took back. */
  show?: CardKey;
  display?: ContentDisplay;
  /** The learner's settings, when the caller has just read their profile: saves reading it again. */
  settings?: LearnerSettings;
};

/**
 * The review screen's state for one learner and scope: counts and the card to show. Undefined when the scope
 * names nothing that exists. Two queries: the learner's cards (the one to show is among them) and today's ratings.
 */
export async function reviewSessionFor(
  profileId: string | undefined,
  scope: ReviewScope,
  uiLang: Lang,
  now: Date,
  { show, display = { primary: uiLang }, settings: known }: SessionOptions = {},
): Promise<ReviewSession | undefined> {
  const questions = questionsInScope(getSnapshot(), scope);
  if (!questions) return undefined;
  const settings = known ?? (await settingsOf(profileId));
  const state = await loadQueueState(prisma, profileId, settings, now);
  const queue = buildQueue({ ...state, candidates: cardKeysInScope(questions) });
  const next = show ?? queue.next;
  const key = next && { questionId: next.questionId, clozeIndex: next.clozeIndex };
  const question = key && getQuestion(key.questionId);
  const stored = key && state.cards.find((c) => c.questionId === key.questionId && c.clozeIndex === key.clozeIndex);
  return {
    counts: queue.counts,
    card: key && question ? cardView(question, key, stored ?? null, uiLang, createScheduler(settings.desiredRetention), now, display) : undefined,
    comeBackAt: queue.comeBackAt?.toISOString(),
    canUndo: state.canUndo,
  };
}

export async function getReviewSession(scope: ReviewScope, uiLang: Lang, display?: ContentDisplay): Promise<ReviewSession | undefined> {
  const [profileId, settings] = await Promise.all([currentProfileId(), getLearnerSettings()]);
  return reviewSessionFor(profileId, scope, uiLang, new Date(), { display, settings });
}

/** The question a rating is for, checked against the session's scope: a stale or forged card gets a typed "not found". */
export function questionToRate(scope: ReviewScope, questionId: string): Question {
  if (!questionsInScope(getSnapshot(), scope)) throw new NotFoundError("scope", Object.values(scope).join(""));
  const question = getQuestion(questionId);
  if (!question) throw new NotFoundError("question", questionId);
  return question;
}

/** Cards due today (including the new cards still allowed today), in total and per topic: for the home and topic pages. */
export async function getDueToday(): Promise<{ total: number; byTopic: Map<string, number> }> {
  const [profileId, settings] = await Promise.all([currentProfileId(), getLearnerSettings()]);
  const snapshot = getSnapshot();
  const state = await loadQueueState(prisma, profileId, settings, new Date());
  const dueIn = (questions: readonly Question[] | undefined) => buildQueue({ ...state, candidates: cardKeysInScope(questions ?? []) }).counts.dueToday;
  return { total: dueIn(questionsInScope(snapshot, {})), byTopic: new Map(snapshot.topics.map((t) => [t.id, dueIn(questionsInScope(snapshot, { topic: t.id }))])) };
}
