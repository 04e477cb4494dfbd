import "server-only";
import { isPublished } from "../content/schemas/question";
import type { Db } from "../db/types";
import { matchingQuestions } from "../quiz/select";
import { planWindows, type PlanScope } from "../review/plan-windows";
import type { PlanWindow } from "../review/placer";
import { selectSchedule } from "../review/schedule-sql";
import { getSnapshot } from "./snapshot";

/** The published questions a plan's scope covers (null: everything), or undefined when it names nothing. */
export function questionsOfScope(scope: PlanScope): string[] | null | undefined {
  if (scope.kind === "all") return null;
  const s = getSnapshot();
  const published = s.questions.filter(isPublished);
  let ids: string[];
  if (scope.kind === "topic") ids = published.filter((q) => q.topic === scope.value).map((q) => q.id);
  else if (scope.kind === "tag") ids = published.filter((q) => q.tags.includes(scope.value)).map((q) => q.id);
  else {
    const set = s.quizzes.find((q) => q.slug === scope.value);
    if (!set) return undefined;
    const live = new Set(published.map((q) => q.id));
    ids = set.questions ? set.questions.filter((id) => live.has(id)) : matchingQuestions(published, set.select!).map((q) => q.id);
  }
  return ids.length > 0 ? ids : undefined;
}

export type LearnerSchedule = { weights: number[] | null; plans: PlanWindow[] };

/**
 * The scheduler's inputs beyond the settings (the learner's own parameters and the plans still ahead), and whether
 * their log has grown enough since the last fit for the optimiser to run again.
 */
export async function loadLearnerSchedule(
  db: Db,
  profileId: string | null,
  timeZone: string,
  now: Date,
): Promise<{ schedule: LearnerSchedule; reviews: number; fitReviews: number }> {
  if (!profileId) return { schedule: { weights: null, plans: [] }, reviews: 0, fitReviews: 0 };
  const { weights, plans, reviews, fitReviews } = await selectSchedule(db, profileId);
  return { schedule: { weights, plans: planWindows(plans, timeZone, now, questionsOfScope) }, reviews, fitReviews };
}

/** The scheduler's inputs beyond the settings, as `GET /api/review/state` carries them. */
export async function learnerSchedule(db: Db, profileId: string | null, timeZone: string, now: Date) {
  return (await loadLearnerSchedule(db, profileId, timeZone, now)).schedule;
}
