import "server-only";
import type { BilingualText } from "../content/schemas/common";
import { loadDashboard, type Dashboard } from "../stats/load-dashboard";
import { prisma } from "../db/client";
import { getQuestion } from "./content";
import { currentProfileId, getLearnerSettings } from "../session/profile";
import { learnerSchedule } from "./learner-schedule";
import { getSnapshot } from "./snapshot";
import { DEFAULT_TIME_ZONE } from "../preferences/study-settings";
import { mistakeCards, mistakesSince } from "../review/mistakes";
import { selectMistakes } from "../review/mistakes-sql";
import { CLOCK_SKEW_MS } from "../review/sync-limits";
import { questionsInScope } from "../review/scope";

export type DashboardView = {
  /** False for a visitor who has not rated or answered anything yet: the page shows its welcome instead of charts. */
  hasProfile: boolean;
  timeZone: string;
  /**
   * False while the zone is still the default (no browser has reported one): the page then shows the browser's
   * own zone, which the first rating records (a browser really in UTC reports UTC and sees the same).
   */
  timeZoneReported: boolean;
  stats: Dashboard;
  /** Cards in the "my mistakes" deck (the review page counts the same, with this device's ratings not yet synced). */
  mistakes: number;
  topicNames: Map<string, BilingualText>;
  questionTitles: Map<string, Partial<BilingualText>>;
};

/** The current visitor's dashboard, with the names the page shows next to ids. */
export async function getDashboard(): Promise<DashboardView> {
  const [profileId, settings] = await Promise.all([currentProfileId(), getLearnerSettings()]);
  const snapshot = getSnapshot();
  const now = new Date();
  const { plans } = await learnerSchedule(prisma, profileId ?? null, settings.timeZone, now);
  const [stats, mistakeRows] = await Promise.all([
    loadDashboard(prisma, profileId, settings, snapshot, now, plans),
    // Every Again so far (a device's clock may run a little ahead): the dashboard has no device copy of today's.
    profileId
      ? selectMistakes(prisma, profileId, {
          since: mistakesSince(now),
          againBefore: new Date(now.getTime() + CLOCK_SKEW_MS),
          now,
        })
      : [],
  ]);
  const titles = stats.weakest.flatMap((w) => {
    const q = getQuestion(w.questionId);
    return q ? [[w.questionId, { zh: q.langs.zh?.title, en: q.langs.en?.title }] as const] : [];
  });
  return {
    hasProfile: !!profileId,
    timeZone: settings.timeZone,
    timeZoneReported: settings.timeZone !== DEFAULT_TIME_ZONE,
    stats,
    mistakes: mistakeCards(questionsInScope(snapshot, {}) ?? [], mistakeRows, [], now).length,
    topicNames: new Map(snapshot.topics.map((t) => [t.id, t.name])),
    questionTitles: new Map(titles),
  };
}
