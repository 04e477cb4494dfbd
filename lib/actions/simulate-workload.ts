"use server";

import type { z } from "zod";
import { getSnapshot } from "../data/snapshot";
import { questionsOfScope } from "../data/learner-schedule";
import { prisma } from "../db/client";
import { isPublished } from "../content/schemas/question";
import { loadScheduleView } from "../scheduling/schedule-view";
import { SimulateWorkloadInputSchema } from "../scheduling/schemas";
import { runAction } from "./run-action";

/** Settings' "what if I do N new cards a day?": the dashboard's 30-day simulation at another daily limit. */
export async function simulateWorkload(input: z.input<typeof SimulateWorkloadInputSchema>) {
  return runAction(SimulateWorkloadInputSchema, input, async ({ data, actor, now }) => {
    const [profile, settings] = await Promise.all([actor.profile(), actor.settings()]);
    const snapshot = getSnapshot();
    const byId = new Map(snapshot.questions.filter(isPublished).map((q) => [q.id, q]));
    const published = snapshot.banks.flatMap((b) => b.questionIds.flatMap((id) => byId.get(id) ?? []));
    const view = await loadScheduleView(
      prisma,
      profile.id,
      { ...settings, dailyNewLimit: data.newPerDay },
      published,
      questionsOfScope,
      now,
    );
    const reviews = view.forecast.map((d) => d.reviews);
    const total = reviews.reduce((a, b) => a + b, 0);
    return {
      newPerDay: data.newPerDay,
      total,
      average: Math.round(total / reviews.length),
      peak: Math.max(...reviews),
    };
  });
}
