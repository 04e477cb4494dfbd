import "server-only";
import type { BilingualText } from "../content/schemas/common";
import { isPublished } from "../content/schemas/question";
import { prisma } from "../db/client";
import { MIN_REVIEWS_TO_OPTIMISE } from "../review/fsrs-history";
import { selectSchedule } from "../review/schedule-sql";
import type { Fit } from "../scheduling/fit-job";
import { loadScheduleView, type ScheduleView } from "../scheduling/schedule-view";
import { currentProfileId, getLearnerSettings } from "../session/profile";
import { questionsOfScope } from "./learner-schedule";
import { getSnapshot } from "./snapshot";

export type ScopeOption = { value: string; kind: "all" | "topic" | "tag" | "quiz"; name?: BilingualText };

/** Tags offered as a plan's scope: those on at least this many questions (a narrower one is better served by its topic). */
export const PLAN_TAG_MIN_QUESTIONS = 5;

/** The dashboard's interview plans and simulated 30-day workload, with the scopes a new plan can take. */
export async function getScheduleView(): Promise<ScheduleView & { scopes: ScopeOption[]; dailyNewLimit: number }> {
  const [profileId, settings] = await Promise.all([currentProfileId(), getLearnerSettings()]);
  const snapshot = getSnapshot();
  const byId = new Map(snapshot.questions.filter(isPublished).map((q) => [q.id, q]));
  // Study order (banks in order), as the review queue introduces them.
  const published = snapshot.banks.flatMap((b) => b.questionIds.flatMap((id) => byId.get(id) ?? []));
  const view = await loadScheduleView(prisma, profileId, settings, published, questionsOfScope, new Date());
  const scopes: ScopeOption[] = [
    { value: "all", kind: "all" },
    ...snapshot.topics.map((t) => ({ value: `topic:${t.id}`, kind: "topic" as const, name: t.name })),
    ...planTags(published).map((tag) => ({ value: `tag:${tag}`, kind: "tag" as const, name: { zh: tag, en: tag } })),
    ...snapshot.quizzes.map((q) => ({ value: `quiz:${q.slug}`, kind: "quiz" as const, name: q.title })),
  ];
  return { ...view, scopes, dailyNewLimit: settings.dailyNewLimit };
}

export type FsrsStatus = {
  personal: boolean;
  running: boolean;
  fit: (Fit & { reviews: number }) | undefined;
  minimum: number;
  /** Enough ratings for a fit (counted as the cards' reps, as the automatic trigger does). */
  enough: boolean;
};

/** Settings' view of the learner's FSRS parameters: in use or not, a run under way, the last fit's figures. */
export async function getFsrsStatus(): Promise<FsrsStatus> {
  const profileId = await currentProfileId();
  const [row, stored] = profileId
    ? await Promise.all([prisma.fsrsParameters.findUnique({ where: { profileId } }), selectSchedule(prisma, profileId)])
    : [null, undefined];
  return {
    personal: !!row?.weights,
    running: !!row?.runningAt,
    fit: row?.fit ? { ...(JSON.parse(row.fit) as Fit), reviews: row.reviews } : undefined,
    minimum: MIN_REVIEWS_TO_OPTIMISE,
    enough: (stored?.reviews ?? 0) >= MIN_REVIEWS_TO_OPTIMISE,
  };
}

/** The tags a plan can be scoped to, alphabetically. */
export function planTags(questions: readonly { tags: string[] }[]): string[] {
  const counts = new Map<string, number>();
  for (const q of questions) for (const tag of q.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].filter(([, n]) => n >= PLAN_TAG_MIN_QUESTIONS).map(([tag]) => tag).sort();
}
