"use server";

import { prisma } from "../db/client";
import type { ActionResult } from "../errors/result";
import { deleteAccount as deleteForGood, DeleteAccountInputSchema } from "../privacy/delete-account";
import { localizePrivacyFields } from "../privacy/localize-fields";
import { formInput } from "./form-input";
import { runSignedInAction } from "./run-action";

/**
 * The account page's "Delete my account" form (useActionState). On success every session row is gone with the
 * account, so this browser's cookie opens nothing (better-auth clears it at the next request); the cookie is not
 * touched here, because a cookie change would make Next re-render the account page (now a redirect to sign-in)
 * before the page forgets the device's flashcard copy and goes home. A wrong email is a field error, text kept.
 */
export async function deleteAccount(
  _previous: ActionResult<{ keptGrades: number }> | undefined,
  form: FormData,
): Promise<ActionResult<{ keptGrades: number }>> {
  const { confirmEmail = "" } = formInput(form, ["confirmEmail"]);
  const result = await runSignedInAction(DeleteAccountInputSchema, { confirmEmail }, async ({ data, actor, now }) => {
    return prisma.$transaction((tx) => deleteForGood(tx, actor.user, data, now));
  });
  return localizePrivacyFields(result);
}
