import "server-only";
import { prisma } from "../db/client";
import { LearnerSettingsSchema } from "../preferences/study-settings";
import { loadReviewState } from "../review/review-state";
import { currentProfileRow } from "../session/profile";
import { learnerSchedule } from "./learner-schedule";
import { privateJson } from "./private-json";

/** `GET /api/review/state` for the current visitor; a visitor who has never rated anything gets no profile made. */
export async function reviewStateResponse(): Promise<Response> {
  const now = new Date();
  const row = await currentProfileRow();
  const settings = LearnerSettingsSchema.parse(row ?? {});
  const schedule = await learnerSchedule(prisma, row?.id ?? null, settings.timeZone, now);
  return privateJson(await loadReviewState(prisma, row?.id ?? null, settings, now, schedule));
}
