"use server";

import { dropSessionCookie } from "../auth/drop-session-cookie";
import { prisma } from "../db/client";
import type { ActionResult } from "../errors/result";
import { deleteAccount as deleteForGood, DeleteAccountInputSchema } from "../privacy/delete-account";
import { localizePrivacyFields } from "../privacy/localize-fields";
import { formInput } from "./form-input";
import { runSignedInAction } from "./run-action";

/**
 * The account page's "Delete my account" form (useActionState). On success every session row is gone with the
 * account and this browser's cookie is cleared; the page then forgets the device's flashcard copy and goes home.
 * A wrong email is a field error and keeps what was typed.
 */
export async function deleteAccount(
  _previous: ActionResult<{ keptGrades: number }> | undefined,
  form: FormData,
): Promise<ActionResult<{ keptGrades: number }>> {
  const { confirmEmail = "" } = formInput(form, ["confirmEmail"]);
  const result = await runSignedInAction(DeleteAccountInputSchema, { confirmEmail }, async ({ data, actor, now }) => {
    const deleted = await prisma.$transaction((tx) => deleteForGood(tx, actor.user, data, now));
    await dropSessionCookie();
    return deleted;
  });
  return localizePrivacyFields(result);
}
