"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { prisma } from "../db/client";
import { ensureProfile } from "../profile/ensure-profile";
import { LearnerSettingsSchema, type LearnerSettings } from "../profile/settings";
import type { ActionResult } from "./result";
import { runAction } from "./run-action";

const UpdateStudySettingsSchema = LearnerSettingsSchema.pick({ dailyNewLimit: true, desiredRetention: true }).required();

/** Saves the study settings form; a bad field comes back with its own message and nothing is saved. */
export async function updateStudySettings(_previous: ActionResult<LearnerSettings> | undefined, form: FormData): Promise<ActionResult<LearnerSettings>> {
  const t = await getTranslations("settings");
  const input = { dailyNewLimit: form.get("dailyNewLimit") || undefined, desiredRetention: form.get("desiredRetention") || undefined };
  const result = await runAction(UpdateStudySettingsSchema, input, async (settings) => {
    const id = await ensureProfile();
    const profile = await prisma.profile.update({ where: { id }, data: settings });
    revalidatePath("/", "layout");
    return LearnerSettingsSchema.parse(profile);
  });
  // Field messages in the learner's language, saying what a valid value is.
  if (!result.ok && result.error.fields) {
    for (const field of ["dailyNewLimit", "desiredRetention"] as const) if (result.error.fields[field]) result.error.fields[field] = t(`${field}Error`);
  }
  return result;
}
