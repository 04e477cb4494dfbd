import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { DAY_MS } from "@/lib/review/placement";
import { selectSchedule } from "@/lib/review/schedule-sql";
import { revertToDefaults, runOptimiser, type Fit } from "@/lib/scheduling/fit-job";
import { syntheticHistories } from "../helpers/synthetic-log";
import { createTempDatabase } from "../helpers/temp-db";

const failing = vi.hoisted(() => ({ on: false }));
vi.mock("@/lib/scheduling/optimise", async (original) => {
  const real = await original<typeof import("@/lib/scheduling/optimise")>();
  return {
    ...real,
    optimiseWeights: (...args: Parameters<typeof real.optimiseWeights>) =>
      failing.on ? Promise.reject(new Error("the optimiser crashed")) : real.optimiseWeights(...args),
  };
});

const T0 = new Date("2026-09-01T09:00:00Z");
const NOW = new Date("2026-12-01T09:00:00Z");
let db: PrismaClient;
let me: string;
let serial = 0;
beforeAll(async () => ({ db } = await createTempDatabase()));
afterAll(() => db.$disconnect());
beforeEach(async () => {
  failing.on = false;
  me = `profile-${++serial}`;
  await db.profile.create({ data: { id: me } });
});

/** A review log in the database from synthetic histories: `cards` cards, `per` ratings each. */
async function seedLog(cards: number, per: number) {
  const rows = syntheticHistories(cards, per, serial).flatMap((history, c) => {
    let t = T0.getTime() + c * 60_000;
    return history.map((r, k) => {
      t += r.deltaT * DAY_MS;
      return {
        id: `${me}-${c}-${k}`,
        profileId: me,
        questionId: `q${c}`,
        clozeIndex: 0,
        rating: r.rating,
        reviewedAt: new Date(t),
        contentHash: "h",
        contentLang: "en",
        state: 2,
        due: new Date(t),
        dueBefore: new Date(t),
        stability: 1,
        difficulty: 5,
        elapsedDays: 0,
        lastElapsedDays: 0,
        scheduledDays: 0,
        learningSteps: 0,
      };
    });
  });
  await db.review.createMany({ data: rows });
}

describe("the optimiser job (both databases)", () => {
  it("fits the learner's log, keeps parameters that predict it better, and reverts to the defaults", async () => {
    await seedLog(300, 8);
    const fit = (await runOptimiser(db, me, "UTC", NOW)) as Extract<Fit, { kept: boolean }>;
    expect(fit.kept).toBe(true);
    expect(fit.after.logLoss).toBeLessThan(fit.before.logLoss);
    const stored = await selectSchedule(db, me);
    expect(stored.weights).toHaveLength(21);
    expect(stored.fitReviews).toBe(2400);
    await revertToDefaults(db, me);
    expect((await selectSchedule(db, me)).weights).toBeNull();
  });

  it("fits nothing below the minimum history", async () => {
    await seedLog(20, 8);
    expect(await runOptimiser(db, me, "UTC", NOW)).toBeUndefined();
    expect((await selectSchedule(db, me)).weights).toBeNull();
  });

  it("leaves the old parameters in place when a run fails, and records the failure", async () => {
    await seedLog(300, 8);
    await runOptimiser(db, me, "UTC", NOW);
    const before = (await selectSchedule(db, me)).weights;
    failing.on = true;
    expect(await runOptimiser(db, me, "UTC", NOW)).toEqual({ error: "the optimiser crashed" });
    expect((await selectSchedule(db, me)).weights).toEqual(before);
    const row = await db.fsrsParameters.findUniqueOrThrow({ where: { profileId: me } });
    expect(JSON.parse(row.fit!)).toEqual({ error: "the optimiser crashed" });
    expect(row.runningAt).toBeNull();
  });
});
