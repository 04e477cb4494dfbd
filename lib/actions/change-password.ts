"use server";

import { changePassword as change } from "../auth/recovery-flows";
import { localizeFieldErrors } from "../auth/localize-fields";
import { ChangePasswordSchema } from "../auth/schemas";
import type { ActionResult } from "../errors/result";
import { formInput } from "./form-input";
import { revalidatePage } from "./revalidate-page";
import { runSignedInAction } from "./run-action";

/** /account's "Change password": needs the current one; every other browser is signed out, this one stays. */
export async function changePassword(
  _previous: ActionResult<null> | undefined,
  form: FormData,
): Promise<ActionResult<null>> {
  const { currentPassword = "", newPassword = "" } = formInput(form, ["currentPassword", "newPassword"]);
  const result = await runSignedInAction(
    ChangePasswordSchema,
    { currentPassword, newPassword },
    async ({ data, actor, now }) => {
      await change(actor.user, data, now);
      revalidatePage("/account");
      return null;
    },
  );
  return localizeFieldErrors(result);
}
