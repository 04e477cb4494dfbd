import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { learnerSchedule } from "@/lib/data/learner-schedule";
import { LearnerSettingsSchema } from "@/lib/preferences/study-settings";
import { applySyncBatch } from "@/lib/review/apply-sync-batch";
import { cardKeyString } from "@/lib/review/card-keys";
import { deriveLocalState } from "@/lib/review/local-state";
import { DAY_MS } from "@/lib/review/placement";
import { loadReviewState } from "@/lib/review/review-state";
import type { ReviewEvent, SyncedCard } from "@/lib/review/sync-protocol";
import { fixtureQuestion } from "../helpers/question-fixture";
import { learnerWeights } from "../helpers/synthetic-log";
import { createTempDatabase } from "../helpers/temp-db";

const IDS = Array.from({ length: 60 }, (_, i) => `q${i}`);
const QUESTIONS = new Map(IDS.map((id) => [id, fixtureQuestion(id)]));
const questionOf = (id: string) => QUESTIONS.get(id);
const T0 = new Date("2026-12-01T09:00:00Z");
const DAY8 = new Date(T0.getTime() + 8 * DAY_MS);

let db: PrismaClient;
let serial = 0;
let me: string;
const uuid = () => `00000000-0000-4000-8000-${String(++serial).padStart(12, "0")}`;
beforeAll(async () => ({ db } = await createTempDatabase()));
afterAll(() => db.$disconnect());
beforeEach(async () => {
  me = `profile-${++serial}`;
  await db.profile.create({ data: { id: me } });
});

const ratings = (rating: 3 | 4, from: Date): ReviewEvent[] =>
  IDS.map((questionId, i) => ({
    kind: "review",
    id: uuid(),
    questionId,
    clozeIndex: 0,
    rating,
    reviewedAt: new Date(from.getTime() + i * 60_000).toISOString(),
    lang: "en",
  }));

/** Day 0: every card rated Easy (all due together on day 8); then day 8's Good ratings on the device and the server. */
async function bothSides() {
  const now = new Date(DAY8.getTime() + 2 * 3_600_000);
  const setup = await learnerSchedule(db, me, "UTC", T0);
  await applySyncBatch(db, {
    profileId: me,
    events: ratings(4, T0),
    questionOf,
    desiredRetention: 0.9,
    schedule: setup,
    now: new Date(T0.getTime() + 2 * 3_600_000),
  });
  const schedule = await learnerSchedule(db, me, "UTC", DAY8);
  const state = await loadReviewState(db, me, LearnerSettingsSchema.parse({}), DAY8, schedule);
  const pending = ratings(3, DAY8);
  const device = deriveLocalState(state, pending, () => ({ hash: QUESTIONS.get("q0")!.langs.en!.hash, lang: "en" }));
  const server = await applySyncBatch(db, {
    profileId: me,
    events: pending,
    questionOf,
    desiredRetention: 0.9,
    schedule,
    now,
  });
  const serverDue = new Map((server.cards as SyncedCard[]).map((c) => [cardKeyString(c), c.due]));
  const deviceDue = new Map([...device.cards].map(([k, c]) => [k, c.due.toISOString()]));
  return {
    serverDue,
    deviceDue,
    days: [...serverDue.values()].map((d) => Math.round((Date.parse(d) - DAY8.getTime()) / DAY_MS)),
  };
}

const spread = (days: number[]) => {
  const counts = new Map<number, number>();
  for (const d of days) counts.set(d, (counts.get(d) ?? 0) + 1);
  return Math.max(...counts.values());
};

describe("one scheduler on the device and the server (both databases)", () => {
  it("places balanced intervals identically, spread over the window instead of one day", async () => {
    const { serverDue, deviceDue, days } = await bothSides();
    expect(deviceDue).toEqual(serverDue);
    expect(new Set(days).size).toBeGreaterThan(1);
    expect(spread(days)).toBeLessThan(60);
  });

  it("caps intervals to an interview plan's final pass, the same on both sides", async () => {
    await db.interviewPlan.create({
      data: { id: uuid(), profileId: me, date: "2026-12-21", scope: "all", targetRetention: 0.9 },
    });
    const { serverDue, deviceDue } = await bothSides();
    expect(deviceDue).toEqual(serverDue);
    const passStart = Date.parse("2026-12-18T04:00:00Z");
    const interview = Date.parse("2026-12-21T04:00:00Z");
    for (const due of serverDue.values()) {
      expect(Date.parse(due)).toBeGreaterThanOrEqual(passStart);
      expect(Date.parse(due)).toBeLessThan(interview);
    }
  });

  it("uses the learner's own parameters on both sides", async () => {
    const plain = await bothSides();
    me = `profile-${++serial}`;
    await db.profile.create({ data: { id: me } });
    await db.fsrsParameters.create({
      data: { profileId: me, weights: JSON.stringify(learnerWeights()), fittedAt: T0 },
    });
    const own = await bothSides();
    expect(own.deviceDue).toEqual(own.serverDue);
    expect(Math.min(...own.days)).toBeGreaterThan(Math.max(...plain.days));
  });
});
