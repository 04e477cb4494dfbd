"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePage } from "./revalidate-page";
import { prisma } from "../db/client";
import type { ActionResult } from "../errors/result";
import {
  LearnerSettingsSchema,
  UpdateStudySettingsInputSchema,
  type LearnerSettings,
} from "../preferences/study-settings";
import { formInput } from "./form-input";
import { runAction } from "./run-action";

/** Saves the study settings form; a bad field comes back with its own message and nothing is saved. */
export async function updateStudySettings(
  _previous: ActionResult<LearnerSettings> | undefined,
  form: FormData,
): Promise<ActionResult<LearnerSettings>> {
  const fields = ["dailyNewLimit", "desiredRetention"] as const;
  // An empty field is a missing one, so the schema's "required" message applies rather than a coercion of "".
  const input = Object.fromEntries(Object.entries(formInput(form, fields)).map(([k, v]) => [k, v || undefined]));
  const result = await runAction(UpdateStudySettingsInputSchema, input, async ({ data, actor }) => {
    const profile = await prisma.profile.update({ where: { id: (await actor.profile()).id }, data });
    // The study pages rendered per request (review, dashboard, settings) read the settings afresh; the due counts
    // on prerendered pages come from /api/me/due. No revalidation: "/" with "layout" would make every prerendered
    // page render again for one learner's change.
    revalidatePage("/settings");
    return LearnerSettingsSchema.parse(profile);
  });
  // Field messages in the learner's language, saying what a valid value is.
  if (!result.ok && result.error.fields) {
    const t = await getTranslations("settings");
    for (const field of fields) if (result.error.fields[field]) result.error.fields[field] = t(`${field}Error`);
  }
  return result;
}
